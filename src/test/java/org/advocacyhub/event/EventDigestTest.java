package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** The coordinators' daily e-mail of events waiting for approval: once a day each, none when nothing waits. */
@QuarkusTest
class EventDigestTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Inject
    EventDigest digest;

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    static void choose(String subject, String email, String language, boolean daily) {
        QuarkusTransaction.requiringNew().run(() -> {
            CoordinatorDigest d = CoordinatorDigest.findById(subject);
            if (d == null) {
                d = new CoordinatorDigest();
                d.subject = subject;
            }
            d.email = email;
            d.language = language;
            d.daily = daily;
            d.persist();
        });
    }

    static long digestsFor(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) Event.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM outbox_message WHERE dedupe_key LIKE ?1", Long.class)
                .setParameter(1, "event-digest:" + subject + ":%").getSingleResult());
    }

    /** Runs {@code body} with nothing waiting for approval, then puts back what waited. */
    static void withEmptyQueue(Runnable body) {
        List<Long> pending = QuarkusTransaction.requiringNew().call(() -> Event.<Event>list("status", EventStatus.PENDING).stream().map(e -> e.id).toList());
        List<Long> changes = QuarkusTransaction.requiringNew().call(() -> EventRevision.queue().stream().map(r -> r.id).toList());
        QuarkusTransaction.requiringNew().run(() -> {
            Event.update("status = ?1 where id in ?2", EventStatus.DRAFT, pending.isEmpty() ? List.of(-1L) : pending);
            EventRevision.update("status = ?1 where id in ?2", EventRevision.Status.WITHDRAWN, changes.isEmpty() ? List.of(-1L) : changes);
        });
        try {
            body.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Event.update("status = ?1 where id in ?2", EventStatus.PENDING, pending.isEmpty() ? List.of(-1L) : pending);
                EventRevision.update("status = ?1 where id in ?2", EventRevision.Status.PENDING, changes.isEmpty() ? List.of(-1L) : changes);
            });
        }
    }

    @Test
    void onceADayForEachCoordinatorWhoChoseItEvenWithTwoInstances() throws Exception {
        choose("dig-ana", "ana.digest@example.org", "en", true);
        choose("dig-eva", "eva.digest@example.org", "es", true);
        choose("dig-off", "off.digest@example.org", "en", false);
        ZonedDateTime day = ZonedDateTime.of(2031, 3, 3, 9, 0, 0, 0, ZONE);

        withEmptyQueue(() -> assertEquals(0, digest.sendDue(day)));
        assertEquals(0, digestsFor("dig-ana"), "nothing waits: nothing sent");
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> CoordinatorDigest.<CoordinatorDigest>findById("dig-ana").lastSentOn),
                "an empty morning does not use up the day");

        EventFixtures.event("Digest waiting walk", EventStatus.PENDING, "05401", Instant.now().plus(30, ChronoUnit.DAYS), null, "dig-host");
        assertEquals(0, digest.sendDue(day.withHour(6)), "not before the hour");

        // Two instances at the same moment: each coordinator still gets one.
        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<Integer> run = () -> digest.sendDue(day);
        List<Future<Integer>> results = two.invokeAll(List.of(run, run));
        two.shutdown();
        int sent = results.get(0).get() + results.get(1).get();
        assertTrue(sent >= 2, "sent " + sent);
        digest.sendDue(day.plusHours(5));
        assertEquals(1, digestsFor("dig-ana"));
        assertEquals(1, digestsFor("dig-eva"));
        assertEquals(0, digestsFor("dig-off"));

        digest.sendDue(day.plusDays(1));
        assertEquals(2, digestsFor("dig-ana"), "the next day, the next digest");

        Mailbox.deliverAll(sender);
        MimeMessage toAna = Mailbox.to(mail, "ana.digest@example.org").get(0);
        assertTrue(toAna.getSubject().startsWith("Events waiting for approval: "), toAna.getSubject());
        String body = QuarkusTransaction.requiringNew().call(() -> (String) Event.getEntityManager()
                .createNativeQuery("SELECT body_text FROM outbox_message WHERE dedupe_key = ?1", String.class)
                .setParameter(1, "event-digest:dig-ana:" + day.toLocalDate()).getSingleResult());
        assertTrue(body.contains("Digest waiting walk"), body);
        assertTrue(body.contains("/coordinator/events"), body);
        assertTrue(Mailbox.to(mail, "eva.digest@example.org").get(0).getSubject().startsWith("Eventos que esperan aprobación: "));
    }

    @Test
    @TestSecurity(user = "dig-page", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = {@Claim(key = "email", value = "page.digest@example.org")})
    void aCoordinatorChoosesItAndItIsKeptByTheirSubjectAndAddress() {
        given().get("/coordinator/digest").then().statusCode(200).body(containsString("It goes to page.digest@example.org."));
        Forms.open("/coordinator/digest").form().formParam("daily", "yes").post("/coordinator/digest").then().statusCode(303);
        CoordinatorDigest d = QuarkusTransaction.requiringNew().call(() -> CoordinatorDigest.findById("dig-page"));
        assertTrue(d.daily);
        assertEquals("page.digest@example.org", d.email);
        given().get("/coordinator/digest?saved=on").then().body(containsString("Saved. You will get the daily e-mail."),
                containsString("checked"));
        Forms.open("/coordinator/digest").form().post("/coordinator/digest").then().statusCode(303);
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> CoordinatorDigest.<CoordinatorDigest>findById("dig-page").daily));
        choose("dig-page", "page.digest@example.org", "en", false);
    }
}
