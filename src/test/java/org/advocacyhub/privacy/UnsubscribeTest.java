package org.advocacyhub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnsubscribeTest {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @InjectMailServer
    GreenMail mail;

    @Test
    @TestSecurity(user = "cora-news", roles = {"volunteer", "coordinator"})
    void newsGoesOnlyToPeopleWhoAgreedWithTheHeadersAndTheLinkInTheirLanguage() throws Exception {
        String yes = PrivacyFixtures.unique("news-yes") + "@example.org";
        String si = PrivacyFixtures.unique("news-si") + "@example.org";
        String no = PrivacyFixtures.unique("news-no") + "@example.org";
        String gone = PrivacyFixtures.unique("news-gone") + "@example.org";
        long yesId = PrivacyFixtures.person(yes, "Yara", "Yes", true, "en");
        PrivacyFixtures.person(si, "Sofía", "Sí", true, "es");
        PrivacyFixtures.person(no, "Nils", "No", false, "en");
        long goneId = PrivacyFixtures.person(gone, "Gil", "Gone", true, "en");
        subscriptions.unsubscribe(goneId, "unsubscribe-link");

        String subject = "Walk news " + System.nanoTime();
        // The first press only shows the e-mail and how many get it; nothing is queued yet.
        Forms.open("/coordinator/news").form().formParam("subject", subject).formParam("body", "See you at the walk.")
                .formParam("audience", "").post("/coordinator/news")
                .then().statusCode(200).body(containsString("Nothing has been sent yet"), containsString("See you at the walk."),
                        containsString("value=\"" + subject + "\""));
        assertEquals("0", value("SELECT count(*) FROM outbox_message WHERE subject = '" + subject + "'"));
        Forms.open("/coordinator/news").form().formParam("subject", subject).formParam("body", "See you at the walk.")
                .formParam("audience", "").formParam("step", "edit").post("/coordinator/news")
                .then().statusCode(200).body(containsString("See you at the walk.</textarea>"));
        Forms.open("/coordinator/news").form().formParam("subject", subject).formParam("body", "See you at the walk.")
                .formParam("audience", "").formParam("step", "send").post("/coordinator/news").then().statusCode(303);
        Mailbox.deliverAll(sender);

        MimeMessage toYes = single(yes, subject);
        String oneClick = toYes.getHeader("List-Unsubscribe", null);
        assertEquals("<" + subscriptions.oneClickUrl(yesId) + ">", oneClick);
        assertEquals("List-Unsubscribe=One-Click", toYes.getHeader("List-Unsubscribe-Post", null));
        String body = GreenMailUtil.getBody(toYes).replace("=\r\n", "");
        assertTrue(body.contains(subscriptions.pageUrl(yesId)), body);
        assertTrue(body.contains("To stop these e-mails"), body);
        String spanish = GreenMailUtil.getBody(single(si, subject)).replace("=\r\n", "");
        assertTrue(spanish.contains("Para dejar de recibir estos correos") || spanish.contains("Para dejar de recibir estos"), spanish);
        assertEquals(0, Mailbox.to(mail, no).stream().filter(m -> subjectOf(m).equals(subject)).count());
        assertEquals(0, Mailbox.to(mail, gone).stream().filter(m -> subjectOf(m).equals(subject)).count());

        // Bad input: a message, the input kept, nothing sent.
        Forms.open("/coordinator/news").form().formParam("subject", "").formParam("body", "Kept text")
                .formParam("audience", "").post("/coordinator/news")
                .then().statusCode(400).body(containsString("Enter a subject"), containsString("Kept text"));
    }

    @Test
    void theLinkWorksOnceWithoutSignInAndStopsQueuedNewsButNotReceipts() throws Exception {
        String email = PrivacyFixtures.unique("unsub") + "@example.org";
        long id = PrivacyFixtures.person(email, "Uma", "Unsub", true, "en");
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(Email.of("news", email, "Queued news", "News").asMarketing(subscriptions.oneClickUrl(id)));
            outbox.queue(Email.of("rsvp-confirmation", email, "Your RSVP", "You are going"));
        });
        String page = "/unsubscribe/" + id + "/" + subscriptions.pageUrl(id).substring(subscriptions.pageUrl(id).lastIndexOf('/') + 1);
        given().get(page).then().statusCode(200).body(containsString("Do you want to stop getting news e-mails"));
        assertNotNull(consentAt(id), "a GET changes nothing");

        Forms.Page form = Forms.open(page);
        form.form().post(page).then().statusCode(200).body(containsString("Done. You will get no more news e-mails"));
        assertNull(consentAt(id));
        assertEquals("unsubscribe-link", value("SELECT unsubscribe_source FROM supporter WHERE id = " + id));
        assertEquals("CANCELLED", value("SELECT status FROM outbox_message WHERE recipient = '" + email + "' AND kind = 'news'"));
        assertEquals("QUEUED", value("SELECT status FROM outbox_message WHERE recipient = '" + email + "' AND kind = 'rsvp-confirmation'"));
        assertEquals("1", value("SELECT count(*) FROM consent_event WHERE supporter_id = " + id + " AND NOT given"));

        // Once: the second time changes nothing and says so.
        form.form().post(page).then().statusCode(200).body(containsString("You are not getting news e-mails"));
        assertEquals("1", value("SELECT count(*) FROM consent_event WHERE supporter_id = " + id + " AND NOT given"));

        given().get("/unsubscribe/" + id + "/forged").then().statusCode(404);
        given().get("/unsubscribe/" + (id + 100000) + "/" + page.substring(page.lastIndexOf('/') + 1)).then().statusCode(404);
    }

    @Test
    void mailClientsOneClickPostNeedsNoFormTokenButTheSignedAddress() throws Exception {
        String email = PrivacyFixtures.unique("oneclick") + "@example.org";
        long id = PrivacyFixtures.person(email, "Oni", "Click", true, "en");
        String url = subscriptions.oneClickUrl(id);
        String path = url.substring(url.indexOf("/unsubscribe/"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(path.replace("/one-click", "x/one-click")).then().statusCode(404);
        assertNotNull(consentAt(id));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(path)
                .then().statusCode(200);
        assertNull(consentAt(id));
        assertEquals("list-unsubscribe", value("SELECT unsubscribe_source FROM supporter WHERE id = " + id));
    }

    @Test
    void newsQueuedBeforeAnUnsubscribeThatMissedItIsStillNotSent() throws Exception {
        String email = PrivacyFixtures.unique("late") + "@example.org";
        long id = PrivacyFixtures.person(email, "Lee", "Late", true, "en");
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(Email.of("news", email, "Late news", "News").asMarketing(subscriptions.oneClickUrl(id)));
            // Consent withdrawn behind the outbox's back (an import, a manual fix): the sender still checks.
            Supporter.getEntityManager().createNativeQuery("UPDATE supporter SET email_consent_at = NULL WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
        });
        Mailbox.deliverAll(sender);
        assertEquals("CANCELLED", value("SELECT status FROM outbox_message WHERE recipient = '" + email + "'"));
        assertEquals(0, Mailbox.to(mail, email).size());
    }

    @Test
    void tickingTheBoxAgainSubscribesAgainAndIsLogged() throws Exception {
        String email = PrivacyFixtures.unique("again") + "@example.org";
        long id = PrivacyFixtures.person(email, "Aga", "In", true, "en");
        subscriptions.unsubscribe(id, "my-data");
        PrivacyFixtures.person(email, "Aga", "In", true, "es");
        assertNotNull(consentAt(id));
        assertNull(value("SELECT unsubscribed_at FROM supporter WHERE id = " + id));
        assertEquals("2", value("SELECT count(*) FROM consent_event WHERE supporter_id = " + id + " AND given"));
    }

    private MimeMessage single(String to, String subject) {
        List<MimeMessage> found = Mailbox.to(mail, to).stream().filter(m -> subjectOf(m).equals(subject)).toList();
        assertEquals(1, found.size(), "news to " + to);
        return found.get(0);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object consentAt(long id) throws Exception {
        return value("SELECT email_consent_at FROM supporter WHERE id = " + id);
    }

    static String value(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
