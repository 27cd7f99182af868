package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.advocacyhub.testsupport.InjectMailServer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "cancel-host", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "given_name", value = "Cass"), @Claim(key = "family_name", value = "Host"),
    @Claim(key = "email", value = "cass.host@example.org"), @Claim(key = "email_verified", value = "true")})
class HostCancelsTest {

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    private static void answer(Event e, String email, RsvpStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, "Guest", null, null, null, null);
            r.status = status;
            r.persist();
        });
    }

    @Test
    void cancellingEmailsEveryoneWhoAnsweredAndTheEventSaysSo() {
        Event e = EventFixtures.event("Cancel me walk", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(9, ChronoUnit.DAYS), 1, "cancel-host");
        answer(e, "going.cancel@example.net", RsvpStatus.GOING);
        answer(e, "waiting.cancel@example.net", RsvpStatus.WAITLISTED);
        answer(e, "gone.cancel@example.net", RsvpStatus.CANCELLED);

        Forms.open("/events/" + e.slug).form().post("/events/" + e.slug + "/cancel").then().statusCode(303);
        assertEquals(EventStatus.CANCELLED, EventFixtures.reload(e.id).status);
        given().get("/events/" + e.slug).then().statusCode(200).body(containsString("This event is cancelled"));

        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        long cancelled = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> EventApprovalTest.subject(m).equals("Cancelled: Cancel me walk")).count();
        assertEquals(2, cancelled, "the two still going or waiting, not the one who had cancelled");
    }

    @Test
    void aCancelledDraftStaysPrivate() {
        Event e = EventFixtures.event("Cancelled draft", EventStatus.DRAFT, "05401",
                Instant.now().plus(9, ChronoUnit.DAYS), null, "cancel-host");
        Forms.open("/events/" + e.slug).form().post("/events/" + e.slug + "/cancel").then().statusCode(303);
        assertEquals(EventStatus.CANCELLED, EventFixtures.reload(e.id).status);
        given().get("/events/" + e.slug).then().statusCode(200); // the host still sees it
        assertEquals(false, QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(e.id).publishedAt != null));
    }

    @Test
    void aSignedInPersonFindsTheRsvpFormFilledIn() {
        Event e = EventFixtures.published("Prefilled form event", "05401", Instant.now().plus(9, ChronoUnit.DAYS), null);
        given().get("/events/" + e.slug).then().statusCode(200)
                .body(containsString("name=\"firstName\" type=\"text\" value=\"Cass\""),
                        containsString("name=\"lastName\" type=\"text\" value=\"Host\""),
                        containsString("value=\"cass.host@example.org\""));
        Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(RsvpTest.rsvp("Cass", "cass.host@example.org"))
                .post("/events/" + e.slug + "/rsvp").then().statusCode(303);
        given().get("/me").then().body(containsString("Prefilled form event"), containsString("Going"));
        given().get("/events/" + e.slug).then().body(containsString("I can no longer come"));
    }
}
