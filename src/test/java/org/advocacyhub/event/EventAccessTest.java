package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Who may see what of events, for the roles that have no other test class. */
@QuarkusTest
class EventAccessTest {

    @Test
    void anonymousVisitorsSeePublishedEventsOnlyAndAreSentToSignInToHost() {
        Event pending = EventFixtures.event("Pending for anonymous", EventStatus.PENDING, "05401",
                Instant.now().plus(25, ChronoUnit.DAYS), null, "h1");
        Event draft = EventFixtures.event("Draft for anonymous", EventStatus.DRAFT, "05401",
                Instant.now().plus(25, ChronoUnit.DAYS), null, "h1");
        Event published = EventFixtures.event("Published for anonymous", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(25, ChronoUnit.DAYS), null, "h1");
        given().get("/events/" + pending.slug).then().statusCode(404);
        given().get("/events/" + draft.slug).then().statusCode(404);
        given().get("/events/" + pending.slug + ".ics").then().statusCode(404);
        given().get("/events/" + published.slug).then().statusCode(200);
        given().redirects().follow(false).get("/events/new").then().statusCode(302).header("Location", startsWith("http://localhost:8180/"));
        given().redirects().follow(false).get("/events/" + published.slug + "/attendees").then().statusCode(302);
        given().redirects().follow(false).get("/coordinator/events").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerCannotReachTheApprovalQueue() {
        given().get("/coordinator/events").then().statusCode(403);
    }
}
