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
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** The host's day: who is coming, the CSV, and checking people in. */
@QuarkusTest
@TestSecurity(user = "day-host", roles = "volunteer")
class AttendeesTest {

    @Test
    void theHostSeesExportsAndChecksInTheirAttendees() {
        Event e = EventFixtures.event("Run the day", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(3, ChronoUnit.DAYS), 10, "day-host");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Rsvp a = new Rsvp();
            a.event = Event.findById(e.id);
            a.supporter = Supporter.upsert("zoe@example.net", "Zoë", "O\"Brien, Jr.", "05401", null, null);
            a.status = RsvpStatus.GOING;
            a.guests = 1;
            a.persist();
            Rsvp b = new Rsvp();
            b.event = a.event;
            b.supporter = Supporter.upsert("formula@example.net", "=HYPERLINK(\"x\")", "Smith", "05401", null, null);
            b.status = RsvpStatus.GOING;
            b.persist();
            return a.id;
        });
        given().get("/events/" + e.slug + "/attendees").then().statusCode(200)
                .body(containsString("Zoë O&quot;Brien, Jr."), containsString("3 places taken of 10"));

        byte[] csv = given().get("/events/" + e.slug + "/attendees.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"First name\",\"Last name\",\"E-mail\""), text);
        assertTrue(text.contains("\"Zoë\",\"O\"\"Brien, Jr.\",\"zoe@example.net\",05401,\"Going\",1,2,,\"no\","), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"x\"\")\",\"Smith\""), text);
        assertEquals(3, text.split("\r\n").length);

        Forms.Page door = Forms.open("/events/" + e.slug + "/check-in");
        door.form().formParam("rsvp", id).post("/events/" + e.slug + "/check-in").then().statusCode(303);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>findById(id).checkedInAt));
        given().get("/events/" + e.slug + "/check-in").then().body(containsString("Checked in ✓"));
        door.form().formParam("rsvp", id).formParam("undo", "yes").post("/events/" + e.slug + "/check-in").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>findById(id).checkedInAt));
    }
}
