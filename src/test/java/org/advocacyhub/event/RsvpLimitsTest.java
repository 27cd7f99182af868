package org.advocacyhub.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.advocacyhub.web.BotCheck;
import org.junit.jupiter.api.Test;

/** Issue 12, point 5: the RSVP form has the signing form's defences, and the host caps guests. */
@QuarkusTest
class RsvpLimitsTest {

    static Event event(String title, Integer capacity) {
        return EventFixtures.published(title, "05401", Instant.now().plus(10, ChronoUnit.DAYS), capacity);
    }

    static Map<String, String> answer(String email, String guests) {
        return new HashMap<>(Map.of("firstName", "Robo", "lastName", "Tester", "email", email, "zip", "05401", "guests", guests,
                "started", Visitors.rsvpStarted()));
    }

    static Response post(Event e, Map<String, String> form, String ip) {
        return Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", ip).formParams(form)
                .post("/events/" + e.slug + "/rsvp");
    }

    @Test
    void aFilledHoneypotAMissingOrForgedTimeOrATooQuickSubmitIsNotTaken() {
        Event e = event("Robot-proof meeting", 50);
        Map<String, String> robot = answer("robot1@example.net", "0");
        robot.put("website", "http://spam.example");
        String page = post(e, robot, Visitors.nextIp()).then().statusCode(400).extract().asString();
        assertTrue(page.contains("looked automatic to us"), page);

        Map<String, String> noTime = answer("robot2@example.net", "0");
        noTime.remove("started");
        post(e, noTime, Visitors.nextIp()).then().statusCode(400);
        Map<String, String> forged = answer("robot3@example.net", "0");
        forged.put("started", "1.abc");
        post(e, forged, Visitors.nextIp()).then().statusCode(400);
        // A petition's token does not pass for the RSVP form.
        Map<String, String> otherForm = answer("robot4@example.net", "0");
        otherForm.put("started", Arc.container().instance(BotCheck.class).get()
                .startedToken("petition-form-started", Instant.now().minusSeconds(30)));
        post(e, otherForm, Visitors.nextIp()).then().statusCode(400);

        Map<String, String> quick = answer("quick@example.net", "1");
        quick.put("started", Arc.container().instance(BotCheck.class).get().startedToken("rsvp-form-started", Instant.now()));
        page = post(e, quick, Visitors.nextIp()).then().statusCode(400).extract().asString();
        assertTrue(page.contains("That was quicker than we expected"), page);
        assertTrue(page.contains("value=\"quick@example.net\""), "the input is kept");
        assertTrue(page.contains("name=\"started\" value=\"" + quick.get("started") + "\""),
                "the form shown again keeps the time it was first shown");
        assertEquals(0, RsvpTest.rsvps(e).size());
    }

    @Test
    void oneAddressAnswersAtMostFiveTimesInTenMinutes() {
        Event e = event("Per address limit", null);
        for (int i = 0; i < 5; i++) {
            post(e, answer("eager.rsvp@example.net", "0"), Visitors.nextIp()).then().statusCode(303);
        }
        String page = post(e, answer("Eager.RSVP@example.net", "0"), Visitors.nextIp()).then().statusCode(429).extract().asString();
        assertTrue(page.contains("We have had many answers from your connection or for this e-mail address"), page);
        assertEquals(1, RsvpTest.rsvps(e).size());
    }

    @Test
    void oneConnectionAnswersAtMostTwentyTimesInTenMinutes() {
        Event e = event("Per connection limit", null);
        String ip = Visitors.nextIp();
        for (int i = 0; i < 20; i++) {
            post(e, answer("fake" + i + ".ip@example.net", "0"), ip).then().statusCode(303);
        }
        post(e, answer("fake20.ip@example.net", "0"), ip).then().statusCode(429);
        assertEquals(20, RsvpTest.rsvps(e).size());
        // Someone else is not held up by that connection.
        post(e, answer("real.person@example.net", "0"), Visitors.nextIp()).then().statusCode(303);
    }

    @Test
    void guestsAboveTheHostsCapAreRefusedBesideTheField() {
        Event capped = event("Two guests at most", 100);
        String page = post(capped, answer("ten.guests@example.net", "10"), Visitors.nextIp()).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"guests-error\""), page);
        assertTrue(page.contains("This event allows up to 2 guests per answer: enter a number from 0 to 2"), page);
        assertTrue(page.contains("at most 2."), "the hint says the cap");
        post(capped, answer("two.guests@example.net", "2"), Visitors.nextIp()).then().statusCode(303);

        Event alone = event("No guests", 100);
        QuarkusTransaction.requiringNew().run(() -> Event.update("maxGuests = 0 where id = ?1", alone.id));
        post(alone, answer("one.guest@example.net", "1"), Visitors.nextIp()).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("This event takes no guests: enter 0"));
        post(alone, answer("one.guest@example.net", "0"), Visitors.nextIp()).then().statusCode(303);
        assertEquals(1, RsvpTest.rsvps(alone).size());
    }
}
