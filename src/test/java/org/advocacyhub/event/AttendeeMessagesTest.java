package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.privacy.MyData;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** A host writes to the people coming: who gets it and who does not, the preview, replies, the daily limit. */
@QuarkusTest
@TestSecurity(user = "msg-host", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "given_name", value = "Mona"), @Claim(key = "family_name", value = "Host"),
    @Claim(key = "email", value = "mona.host@example.org"), @Claim(key = "email_verified", value = "true")})
class AttendeeMessagesTest {

    @InjectMailServer
    GreenMail smtp;

    @Inject
    OutboxSender sender;

    @Inject
    MyData myData;

    static Rsvp answer(Event e, String email, String first, String language, RsvpStatus status, boolean checkedIn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, first, "Tester", "05401", null, null, language);
            r.status = status;
            r.checkedInAt = checkedIn ? Instant.now() : null;
            r.persist();
            return r;
        });
    }

    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<MimeMessage> got(GreenMail smtp, String address, String subject) throws Exception {
        return Mailbox.to(smtp, address).stream().filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Forms.Page page(Event e) {
        return Forms.open("/events/" + e.slug + "/messages");
    }

    @Test
    void goingOnlyReachesPeopleGoingAlsoThoseWhoTurnedOffNewsNeverTheErasedAndRepliesOnlyWhenChosen() throws Exception {
        // Three places: when Dana's erasure frees one, Cleo's party of two still does not fit.
        Event e = EventFixtures.event("Parking moved picnic", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(4, ChronoUnit.DAYS), 3, "msg-host");
        answer(e, "ana.going@example.net", "Ana", "en", RsvpStatus.GOING, false);
        Rsvp unsubscribed = answer(e, "beto.going@example.net", "Beto", "es", RsvpStatus.GOING, false);
        Rsvp cleo = answer(e, "cleo.waiting@example.net", "Cleo", "en", RsvpStatus.WAITLISTED, false);
        QuarkusTransaction.requiringNew().run(() -> Rsvp.<Rsvp>findById(cleo.id).guests = 1);
        Rsvp erased = answer(e, "dana.erased@example.net", "Dana", "en", RsvpStatus.GOING, false);
        answer(e, "eli.cancelled@example.net", "Eli", "en", RsvpStatus.CANCELLED, false);
        QuarkusTransaction.requiringNew().run(() -> Supporter.getEntityManager().createNativeQuery(
                "UPDATE supporter SET unsubscribed_at = now(), unsubscribe_source = 'test', email_consent_at = NULL WHERE id = ?1")
                .setParameter(1, unsubscribed.supporter.id).executeUpdate());
        myData.erase(erased.supporter.id, MyData.Reason.SELF);

        given().get("/events/" + e.slug + "/messages").then().statusCode(200)
                .body(containsString("People going (2)"), containsString("People on the waiting list (1)"),
                        containsString("No messages sent yet."));

        Forms.Page form = page(e);
        form.form().formParam("audience", "GOING").formParam("subject", "Parking has moved")
                .formParam("body", "Park behind the library, <b>not</b> on Main Street.\nSee you!")
                .post("/events/" + e.slug + "/messages/preview").then().statusCode(200)
                .body(containsString("Check your message"), containsString("Send to 2 people"),
                        containsString("Park behind the library, &lt;b&gt;not&lt;/b&gt; on Main Street."),
                        containsString("Hello Ana,"), containsString("Reach nobody: your address stays private"));
        assertEquals(0L, sentCount(e), "a preview sends nothing");

        form.form().formParam("audience", "GOING").formParam("subject", "Parking has moved")
                .formParam("body", "Park behind the library, <b>not</b> on Main Street.\nSee you!").formParam("action", "send")
                .post("/events/" + e.slug + "/messages").then().statusCode(303)
                .header("Location", containsString("/events/" + e.slug + "/messages?sent=2"));
        Mailbox.deliverAll(sender);

        List<MimeMessage> ana = got(smtp, "ana.going@example.net", "Parking has moved");
        assertEquals(1, ana.size());
        String anaText = text(ana.get(0));
        assertTrue(anaText.startsWith("Hello Ana,"), anaText);
        assertTrue(anaText.contains("Park behind the library, <b>not</b> on Main Street.\nSee you!"), "the host's words as written: " + anaText);
        assertTrue(anaText.contains("Replies to this e-mail reach nobody"), anaText);
        assertNull(ana.get(0).getHeader("Reply-To"), "the host did not choose to show their address");

        List<MimeMessage> beto = got(smtp, "beto.going@example.net", "Parking has moved");
        assertEquals(1, beto.size(), "event logistics reach someone who turned off news");
        String betoText = text(beto.get(0));
        assertTrue(betoText.startsWith("Hola, Beto:"), "in their language frame: " + betoText);
        assertTrue(betoText.contains("Park behind the library"), betoText);

        assertEquals(0, got(smtp, "cleo.waiting@example.net", "Parking has moved").size(), "the waiting list was not chosen");
        assertEquals(0, got(smtp, "dana.erased@example.net", "Parking has moved").size(), "an erased person never");
        assertEquals(0, got(smtp, "eli.cancelled@example.net", "Parking has moved").size());

        // To the waiting list, with replies to the host.
        page(e).form().formParam("audience", "WAITLISTED").formParam("subject", "A place may free up")
                .formParam("body", "Keep the date free.").formParam("showAddress", "yes").formParam("action", "send")
                .post("/events/" + e.slug + "/messages").then().statusCode(303);
        Mailbox.deliverAll(sender);
        List<MimeMessage> toCleo = got(smtp, "cleo.waiting@example.net", "A place may free up");
        assertEquals(1, toCleo.size());
        assertEquals("mona.host@example.org", toCleo.get(0).getHeader("Reply-To")[0]);
        assertEquals(0, got(smtp, "ana.going@example.net", "A place may free up").size());

        // Both are kept and listed for the host, on the messages page and on the event's page.
        given().get("/events/" + e.slug + "/messages").then().statusCode(200)
                .body(containsString("Parking has moved"), containsString("A place may free up"),
                        containsString("To people going"), containsString("Replies went to mona.host@example.org"));
        given().get("/events/" + e.slug).then().statusCode(200).body(containsString("Parking has moved"));
    }

    @Test
    void atMostThreeADayPerEvent() {
        Event e = EventFixtures.event("Limit picnic", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(4, ChronoUnit.DAYS), 20, "msg-host");
        answer(e, "limit.going@example.net", "Lim", "en", RsvpStatus.GOING, false);
        for (int i = 1; i <= 3; i++) {
            page(e).form().formParam("audience", "ALL").formParam("subject", "Update " + i).formParam("body", "Words " + i)
                    .formParam("action", "send").post("/events/" + e.slug + "/messages").then().statusCode(303);
        }
        page(e).form().formParam("audience", "ALL").formParam("subject", "Update 4").formParam("body", "Words 4")
                .formParam("action", "send").post("/events/" + e.slug + "/messages").then().statusCode(429)
                .body(containsString("You have sent 3 messages for this event in the last 24 hours"),
                        containsString("value=\"Update 4\""));
        assertEquals(3L, sentCount(e));
        given().get("/events/" + e.slug + "/messages").then().body(containsString("You have sent today&#39;s 3 messages"));
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsSent() {
        Event e = EventFixtures.event("Bad input picnic", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(4, ChronoUnit.DAYS), 20, "msg-host");
        answer(e, "bad.going@example.net", "Bad", "en", RsvpStatus.GOING, false);
        page(e).form().formParam("audience", "NOBODY").formParam("subject", "Bell\u0007").formParam("body", "")
                .formParam("action", "send").post("/events/" + e.slug + "/messages").then().statusCode(400)
                .body(containsString("Choose who gets the message"), containsString("Enter the message"),
                        not(containsString("Your message is on its way")));
        page(e).form().formParam("audience", "CHECKED_IN").formParam("subject", "Thanks").formParam("body", "Hi")
                .formParam("action", "send").post("/events/" + e.slug + "/messages").then().statusCode(400)
                .body(containsString("Nobody in that group can get e-mail now"));
        assertEquals(0L, sentCount(e));
    }

    @Test
    @TestSecurity(user = "not-the-host", roles = "volunteer")
    void aVolunteerWhoIsNotTheHostCannotWriteToItsAttendees() {
        Event e = EventFixtures.event("Someone else's picnic", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(4, ChronoUnit.DAYS), 20, "msg-host");
        given().get("/events/" + e.slug + "/messages").then().statusCode(403);
        Forms.Page any = Forms.open("/events/" + e.slug);
        any.form().formParam("audience", "ALL").formParam("subject", "Spam").formParam("body", "Spam")
                .formParam("action", "send").post("/events/" + e.slug + "/messages").then().statusCode(403);
        any.form().formParam("audience", "ALL").formParam("subject", "Spam").formParam("body", "Spam")
                .post("/events/" + e.slug + "/messages/preview").then().statusCode(403);
        assertEquals(0L, sentCount(e));
    }

    static long sentCount(Event e) {
        return QuarkusTransaction.requiringNew().call(() -> AttendeeMessage.count("event.id", e.id));
    }
}
