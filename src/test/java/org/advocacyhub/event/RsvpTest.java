package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.advocacyhub.testsupport.InjectMailServer;
import org.junit.jupiter.api.Test;

/** Saying you are coming, without an account: places, the waiting list, duplicates and races. */
@QuarkusTest
class RsvpTest {

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    static Map<String, String> rsvp(String first, String email) {
        return Map.of("firstName", first, "lastName", "Tester", "email", email, "zip", "05401", "guests", "0");
    }

    static Event event(String title, Integer capacity) {
        return EventFixtures.published(title, "05401", Instant.now().plus(10, ChronoUnit.DAYS), capacity);
    }

    static List<Rsvp> rsvps(Event e) {
        return QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>list("event.id = ?1 order by id", e.id)
                .stream().peek(r -> r.supporter.email.length()).toList());
    }

    static long count(Event e, RsvpStatus status) {
        return rsvps(e).stream().filter(r -> r.status == status).count();
    }

    @Test
    void capacityTwoWithThreeAnswersGivesTwoGoingAndOneWaitingAndACancellationMovesTheThirdUp() throws Exception {
        Event e = event("Small room session", 2);
        Forms.Page page = Forms.open("/events/" + e.slug);
        for (String who : List.of("ann", "ben", "cat")) {
            page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(rsvp(who, who + ".small@example.net")).post("/events/" + e.slug + "/rsvp")
                    .then().statusCode(303);
        }
        List<Rsvp> all = rsvps(e);
        assertEquals(List.of(RsvpStatus.GOING, RsvpStatus.GOING, RsvpStatus.WAITLISTED), all.stream().map(r -> r.status).toList());
        given().get("/events/" + e.slug).then().body(containsString("Full: you can join the waiting list"));

        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        MimeMessage toAnn = org.advocacyhub.testsupport.Mailbox.to(mail, "ann.small@example.net").get(0);
        assertEquals("You are going: Small room session", toAnn.getSubject());
        assertEquals("host-" + "Small room session".hashCode() + "@example.org", toAnn.getReplyTo()[0].toString());
        assertEquals("You are on the waiting list: Small room session", org.advocacyhub.testsupport.Mailbox.to(mail, "cat.small@example.net").get(0).getSubject());

        // Ann cancels through the link in her e-mail: the page asks first (a GET changes nothing) ...
        String body = text(toAnn);
        Matcher link = Pattern.compile("/rsvps/(\\d+)/cancel\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);
        assertTrue(body.contains("Access: This place is accessible."), body);
        assertTrue(attachment(toAnn).contains("SUMMARY:Small room session"));
        String path = link.group(0);
        Forms.Page confirm = Forms.open(path);
        assertEquals(3, count(e, RsvpStatus.GOING) + count(e, RsvpStatus.WAITLISTED));
        // ... a forged token does nothing ...
        confirm.form().formParam("token", "forged").post("/rsvps/" + link.group(1) + "/cancel").then().statusCode(404);
        assertEquals(2, count(e, RsvpStatus.GOING));
        // ... the button does it, and Cat moves up and hears about it.
        confirm.form().formParam("token", link.group(2)).post("/rsvps/" + link.group(1) + "/cancel").then().statusCode(303);
        assertEquals(List.of(RsvpStatus.CANCELLED, RsvpStatus.GOING, RsvpStatus.GOING), rsvps(e).stream().map(r -> r.status).toList());
        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        assertTrue(org.advocacyhub.testsupport.Mailbox.to(mail, "cat.small@example.net").stream().anyMatch(m -> subject(m).equals("A place came up: you are going to Small room session")));
        // Using the link again changes nothing more.
        confirm.form().formParam("token", link.group(2)).post("/rsvps/" + link.group(1) + "/cancel").then().statusCode(303);
        assertEquals(2, count(e, RsvpStatus.GOING));
    }

    /**
     * A second answer for the same address (any case or spacing) is one RSVP, and, typed by someone who
     * is not signed in as its owner, it changes nothing: the owner is asked by e-mail (privacy/Changes).
     */
    @Test
    void theSameEmailTwiceIsOneRsvpAndTheSecondWaitsForTheOwner() throws Exception {
        Event e = event("Double click walk", 10);
        Forms.Page page = Forms.open("/events/" + e.slug);
        page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(rsvp("Dee", "dee@example.net")).post("/events/" + e.slug + "/rsvp").then().statusCode(303);
        Map<String, String> again = new java.util.HashMap<>(rsvp("Dee", "  DEE@Example.NET "));
        again.put("guests", "2");
        page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(again).post("/events/" + e.slug + "/rsvp").then().statusCode(303);
        List<Rsvp> all = rsvps(e);
        assertEquals(1, all.size());
        assertEquals(0, all.get(0).guests);
        given().get("/events/" + e.slug).then().body(containsString("9 of 10 places left"));
        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        assertEquals(1, org.advocacyhub.testsupport.Mailbox.to(mail, "dee@example.net").stream()
                .filter(m -> subject(m).equals("Please confirm: changes to your details on Advocacy Hub")).count());
    }

    @Test
    void twentyPeopleRacingForTheLastPlaceLeaveExactlyOneGoing() throws Exception {
        Event e = event("Last place meeting", 1);
        Forms.Page page = Forms.open("/events/" + e.slug);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String email = "racer" + i + "@example.net";
                calls.add(() -> page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(rsvp("Racer", email)).post("/events/" + e.slug + "/rsvp").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(303, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, count(e, RsvpStatus.GOING));
        assertEquals(19, count(e, RsvpStatus.WAITLISTED));
    }

    @Test
    void oneEmailRacingItselfMakesOneRsvp() throws Exception {
        Event e = event("Racing double click", 5);
        Forms.Page page = Forms.open("/events/" + e.slug);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(rsvp("Eve", "eve.race@example.net")).post("/events/" + e.slug + "/rsvp").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                // Past the per-address limit a click is refused politely, never an error.
                assertTrue(f.get() == 303 || f.get() == 429, "status " + f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, rsvps(e).size());
        assertEquals(1, count(e, RsvpStatus.GOING));
    }

    @Test
    void badRsvpInputIsRefusedKeptAndNotStored() {
        Event e = event("Careful form event", 3);
        Map<String, String> bad = Map.of("firstName", "<b>Bold</b>", "lastName", "", "email", "not-an-address",
                "zip", "123", "guests", "-1");
        String body = Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(bad).post("/events/" + e.slug + "/rsvp")
                .then().statusCode(400).extract().asString();
        assertTrue(body.contains("Enter an e-mail address in the right format"), body);
        assertTrue(body.contains("Enter a ZIP code of 5 digits"));
        assertTrue(body.contains("Enter a number of guests from 0 to 10"));
        assertTrue(body.contains("value=\"&lt;b&gt;Bold&lt;/b&gt;\""));
        assertTrue(body.contains("value=\"not-an-address\""));
        assertEquals(0, rsvps(e).size());
        // More guests than the host allows (2 unless they say otherwise) is refused beside the field.
        Map<String, String> more = new java.util.HashMap<>(rsvp("Fay", "fay@example.net"));
        more.put("guests", "5");
        Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted())
                .formParams(more).post("/events/" + e.slug + "/rsvp").then().statusCode(400)
                .body(containsString("This event allows up to 2 guests per answer: enter a number from 0 to 2"),
                        containsString("value=\"5\""));
        assertEquals(0, rsvps(e).size());
    }

    @Test
    void theCalendarFileDescribesTheEvent() {
        Event e = event("Calendar, with; commas", null);
        String ics = given().get("/events/" + e.slug + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("SUMMARY:Calendar\\, with\\; commas\r\n"));
        assertTrue(ics.contains("UID:event-" + e.id + "@localhost"));
        assertTrue(ics.contains("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    static String subject(MimeMessage m) {
        return EventApprovalTest.subject(m);
    }

    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart mp = (Multipart) content;
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType("text/plain")) {
                return mp.getBodyPart(i).getContent().toString();
            }
            if (mp.getBodyPart(i).getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return inner.getBodyPart(j).getContent().toString();
                    }
                }
            }
        }
        throw new AssertionError("no text part");
    }

    static String attachment(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if ("event.ics".equals(mp.getBodyPart(i).getFileName())) {
                return new String(mp.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no event.ics attached");
    }
}
