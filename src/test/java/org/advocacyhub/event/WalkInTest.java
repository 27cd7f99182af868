package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** At the door: someone who never answered is checked in, counts as attended and is in the CSV; a check-in can be undone. */
@QuarkusTest
@TestSecurity(user = "door-host", roles = "volunteer")
class WalkInTest {

    @Test
    void aWalkInWithoutAnAddressCountsAsAttendedAndIsInTheCsv() {
        Event e = EventFixtures.event("Door walk-in day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "door-host");
        given().get("/events/" + e.slug + "/check-in").then().statusCode(200)
                .body(containsString("href=\"/events/" + e.slug + "/check-in/walk-in\""));
        Forms.open("/events/" + e.slug + "/check-in/walk-in").form()
                .formParam("firstName", "Walter").formParam("lastName", "In")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(303)
                .header("Location", containsString("/events/" + e.slug + "/check-in"));

        List<Rsvp> rsvps = rsvps(e);
        assertEquals(1, rsvps.size());
        Rsvp walkIn = rsvps.get(0);
        assertEquals(RsvpStatus.GOING, walkIn.status);
        assertNotNull(walkIn.checkedInAt);
        given().get("/events/" + e.slug + "/check-in").then().body(containsString("Walter In"), containsString("Checked in ✓"));
        String csv = new String(given().get("/events/" + e.slug + "/attendees.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.contains("\"Walter\"")).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(line.startsWith("\"Walter\",\"In\",,,\"Going\",0,1,"), line);
        assertTrue(line.matches(".*,\"?20\\d\\d-\\d\\d-\\d\\dT.*"), "checked in, with the time: " + line);
        given().get("/events/" + e.slug + "/attendees").then().statusCode(200).body(containsString("Walter In"));

        // Undo the check-in (a POST with the CSRF token), as for anyone checked in.
        Forms.open("/events/" + e.slug + "/check-in").form().formParam("rsvp", walkIn.id).formParam("undo", "yes")
                .post("/events/" + e.slug + "/check-in").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>findById(walkIn.id).checkedInAt));

        // Someone with no address is simply not written to, e.g. when the host cancels the event.
        Forms.open("/events/" + e.slug).form().post("/events/" + e.slug + "/cancel").then().statusCode(303);
        assertEquals(EventStatus.CANCELLED, EventFixtures.reload(e.id).status);
    }

    @Test
    void aWalkInWhoWantsNewsGivesConsentInTheWordsReadOutAndConfirmsItByEmail() {
        Event e = EventFixtures.event("Door consent day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "door-host");
        Forms.open("/events/" + e.slug + "/check-in/walk-in").form()
                .formParam("firstName", "Nora").formParam("lastName", "News").formParam("email", "Nora.News@Example.net")
                .formParam("emailUpdates", "yes")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(303);
        Rsvp r = rsvps(e).get(0);
        assertEquals("nora.news@example.net", r.supporter.email);
        assertNotNull(r.checkedInAt);
        Object[] consent = QuarkusTransaction.requiringNew().call(() -> (Object[]) Event.getEntityManager().createNativeQuery(
                "SELECT consent_source, consent_wording FROM pending_change WHERE supporter_id = ?1")
                .setParameter(1, r.supporter.id).getSingleResult());
        assertEquals("walk-in:" + e.slug, consent[0]);
        assertEquals("E-mail me news about events and campaigns", consent[1]);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Supporter.<Supporter>findById(r.supporter.id).emailConsentAt),
                "news only once they confirm by e-mail, as on every form");

        String csv = new String(given().get("/events/" + e.slug + "/attendees.csv").then().extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Nora\",\"News\",\"nora.news@example.net\""), csv);
    }

    @Test
    void someoneWhoAnsweredIsCheckedInNotAddedTwice() {
        Event e = EventFixtures.event("Door known day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "door-host");
        QuarkusTransaction.requiringNew().run(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert("known.door@example.net", "Kim", "Known", "05401", null, null);
            r.status = RsvpStatus.WAITLISTED;
            r.persist();
        });
        Forms.open("/events/" + e.slug + "/check-in/walk-in").form()
                .formParam("firstName", "Someone").formParam("email", "known.door@example.net")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(303);
        List<Rsvp> rsvps = rsvps(e);
        assertEquals(1, rsvps.size());
        assertEquals(RsvpStatus.GOING, rsvps.get(0).status);
        assertNotNull(rsvps.get(0).checkedInAt);
        assertEquals("Kim", rsvps.get(0).supporter.firstName, "a known person's name is not overwritten from the door");
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsStored() {
        Event e = EventFixtures.event("Door bad day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "door-host");
        Forms.open("/events/" + e.slug + "/check-in/walk-in").form()
                .formParam("firstName", "").formParam("lastName", "Kept\u0007").formParam("email", "not-an-address")
                .formParam("emailUpdates", "yes")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(400)
                .body(containsString("Enter their first name"), containsString("value=\"not-an-address\""));
        Forms.open("/events/" + e.slug + "/check-in/walk-in").form()
                .formParam("firstName", "Nomail").formParam("emailUpdates", "yes")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(400)
                .body(containsString("Add their e-mail address, or untick the box"));
        assertEquals(0, rsvps(e).size());
    }

    @Test
    @TestSecurity(user = "not-door-host", roles = "volunteer")
    void aVolunteerWhoIsNotTheHostCannotCheckAnyoneIn() {
        Event e = EventFixtures.event("Door other day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "door-host");
        given().get("/events/" + e.slug + "/check-in/walk-in").then().statusCode(403);
        Forms.open("/events/" + e.slug).form().formParam("firstName", "Sneaky")
                .post("/events/" + e.slug + "/check-in/walk-in").then().statusCode(403);
        assertEquals(0, rsvps(e).size());
    }

    static List<Rsvp> rsvps(Event e) {
        return QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>find(
                "select r from Rsvp r join fetch r.supporter where r.event.id = ?1 order by r.id", e.id).list());
    }
}
