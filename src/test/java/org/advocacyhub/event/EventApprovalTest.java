package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.junit.jupiter.api.Test;

/** Coordinators approve or reject what volunteers submit; the host hears either way. */
@QuarkusTest
@TestSecurity(user = "cora-subject", roles = {"volunteer", "coordinator"})
class EventApprovalTest {

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Test
    void approvingPublishesTheEventAndTellsTheHost() throws Exception {
        Event e = EventFixtures.event("Approve me walk", EventStatus.PENDING, "05401",
                Instant.now().plus(30, ChronoUnit.DAYS), null, "approve-host");
        given().get("/coordinator/events").then().statusCode(200).body(containsString("Approve me walk"));
        Forms.open("/coordinator/events").form().post("/coordinator/events/" + e.id + "/approve").then().statusCode(303);
        assertEquals(EventStatus.PUBLISHED, EventFixtures.reload(e.id).status);
        given().get("/events/" + e.slug).then().statusCode(200);

        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        MimeMessage sent = Arrays.stream(mail.getReceivedMessagesForDomain("example.org"))
                .filter(m -> subject(m).equals("Your event is approved: Approve me walk")).findFirst().orElseThrow();
        assertEquals("approve-host@example.org", sent.getAllRecipients()[0].toString());
        // Approving twice does nothing: it is no longer pending.
        Forms.open("/coordinator/events").form().post("/coordinator/events/" + e.id + "/approve").then().statusCode(404);
    }

    @Test
    void rejectingNeedsAReasonThatTheHostReceives() throws Exception {
        Event e = EventFixtures.event("Reject me meeting", EventStatus.PENDING, "05401",
                Instant.now().plus(30, ChronoUnit.DAYS), null, "reject-host");
        // The queue's reject box posts the parameter the resource reads (it once posted "reason-<id>",
        // so rejecting from a browser always said a reason was missing); its id stays unique per event.
        String queue = io.restassured.RestAssured.get("/coordinator/events").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                queue.contains("id=\"reason-" + e.id + "\" name=\"reason\""), "the reject box of event " + e.id + " posts 'reason'");
        Forms.open("/coordinator/events").form().formParam("reason", " ")
                .post("/coordinator/events/" + e.id + "/reject")
                .then().statusCode(400).body(containsString("Give the host a reason"));
        assertEquals(EventStatus.PENDING, EventFixtures.reload(e.id).status);

        Forms.open("/coordinator/events").form().formParam("reason", "Please add the street address.")
                .post("/coordinator/events/" + e.id + "/reject").then().statusCode(303);
        assertEquals(EventStatus.REJECTED, EventFixtures.reload(e.id).status);
        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        MimeMessage sent = Arrays.stream(mail.getReceivedMessagesForDomain("example.org"))
                .filter(m -> subject(m).equals("Your event was not approved: Reject me meeting")).findFirst().orElseThrow();
        assertTrue(sent.getContent().toString().contains("Please add the street address."));
    }

    @Test
    void aCoordinatorSeesAndManagesAnyEvent() {
        Event e = EventFixtures.event("Someone's pending session", EventStatus.PENDING, "05401",
                Instant.now().plus(30, ChronoUnit.DAYS), 10, "any-host");
        given().get("/events/" + e.slug).then().statusCode(200).body(containsString("Host tools"));
        given().get("/events/" + e.slug + "/attendees").then().statusCode(200);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
