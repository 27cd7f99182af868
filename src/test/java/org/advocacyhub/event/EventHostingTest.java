package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** A volunteer hosts an event: the form, its checks, and whose events they may touch. */
@QuarkusTest
@TestSecurity(user = "vera-subject", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Vera Volunteer"), @Claim(key = "email", value = "vera@example.org")})
class EventHostingTest {

    static final String FUTURE = LocalDate.now().plusDays(40).toString();

    static Map<String, String> validForm(String title) {
        return Map.ofEntries(Map.entry("title", title), Map.entry("kind", "AWARENESS_WALK"),
                Map.entry("description", "A gentle walk with rest stops.\nBring water."),
                Map.entry("startDate", FUTURE), Map.entry("startTime", "10:00"), Map.entry("endDate", ""),
                Map.entry("endTime", "12:30"), Map.entry("timeZone", ""), Map.entry("venueName", "Waterfront Park"),
                Map.entry("street", "20 Lake Street"), Map.entry("city", "Burlington"), Map.entry("state", ""),
                Map.entry("zip", "05401"), Map.entry("capacity", "40"), Map.entry("accessibility", "ACCESSIBLE"),
                Map.entry("accessibilityNotes", "Paved path, benches every 200 m."), Map.entry("action", "submit"));
    }

    private static RequestSpecification newEventForm() {
        return Forms.open("/events/new").form();
    }

    @Test
    void aSubmittedEventWaitsForApprovalAndOnlyItsHostSeesIt() {
        String location = newEventForm().formParams(validForm("Lake walk for MS research")).post("/events/new")
                .then().statusCode(303).extract().header("Location");
        String slug = location.substring(location.lastIndexOf('/') + 1);
        Event e = QuarkusTransaction.requiringNew().call(() -> Event.findBySlug(slug).orElseThrow());
        assertEquals(EventStatus.PENDING, e.status);
        assertEquals("vera-subject", e.hostSubject);
        assertEquals("VT", e.state);
        assertEquals("America/New_York", e.timeZone);
        assertEquals(40, e.capacity);
        assertNotNull(e.latitude);
        // 10:00 in Burlington is 10:00 Eastern, whatever the server's zone.
        assertEquals(LocalDate.parse(FUTURE).atTime(10, 0).atZone(java.time.ZoneId.of("America/New_York")).toInstant(), e.startsAt);

        given().get("/events/" + slug).then().statusCode(200)
                .body(containsString("Status: Waiting for approval"), containsString("Lake walk for MS research"),
                        // Times are written as the locale writes them: a narrow no-break space before AM/PM.
                        containsString("10:00\u202fAM to 12:30\u202fPM Eastern time"));
        // Not in the public list until approved.
        given().get("/events?from=" + FUTURE + "&to=" + FUTURE).then().body(not(containsString(slug)));
        given().get("/me").then().body(containsString("Lake walk for MS research"), containsString("Waiting for approval"));
    }

    @Test
    void aDraftIsSavedWithoutGoingForApproval() {
        Map<String, String> form = new java.util.HashMap<>(validForm("Draft info session"));
        form.put("action", "draft");
        String location = newEventForm().formParams(form).post("/events/new").then().statusCode(303).extract().header("Location");
        String slug = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(EventStatus.DRAFT, QuarkusTransaction.requiringNew().call(() -> Event.findBySlug(slug).orElseThrow().status));
    }

    @Test
    void badInputGetsAMessageBesideEachFieldKeepsTheInputAndStoresNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> Event.count());
        Map<String, String> form = new java.util.HashMap<>(validForm("x".repeat(10_000)));
        form.put("description", "<script>alert('owned')</script>");
        form.put("startDate", LocalDate.now().minusDays(3).toString());
        form.put("zip", "00000");
        form.put("capacity", "-5");
        form.put("accessibility", "");
        String page = newEventForm().formParams(form).post("/events/new")
                .then().statusCode(400).extract().asString();
        assertContains(page, "<title>Error: Host an event");
        assertContains(page, "Title must be 120 characters or fewer; it has 10,000");
        assertContains(page, "We do not know the ZIP code 00000");
        assertContains(page, "Enter a number of places from 1 to 100,000");
        assertContains(page, "Say whether the place is accessible");
        assertContains(page, "href=\"#title\"");
        // The typed values come back, HTML shown as text, never run.
        assertContains(page, "value=\"00000\"");
        assertContains(page, "value=\"-5\"");
        assertContains(page, "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
        assertEquals(-1, page.indexOf("<script>alert"));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Event.count()));
    }

    @Test
    void anEventMustStartInTheFutureAndEndAfterItStarts() {
        Map<String, String> form = new java.util.HashMap<>(validForm("Backwards meeting"));
        form.put("startDate", LocalDate.now().minusDays(1).toString());
        String page = newEventForm().formParams(form).post("/events/new").then().statusCode(400).extract().asString();
        assertContains(page, "The event must start in the future");
        form.put("startDate", FUTURE);
        form.put("endTime", "09:00");
        page = newEventForm().formParams(form).post("/events/new").then().statusCode(400).extract().asString();
        assertContains(page, "The event must end after it starts");
    }

    @Test
    void anOnlineEventNeedsALinkInsteadOfAnAddress() {
        Map<String, String> form = new java.util.HashMap<>(validForm("Online Q&A with a neurologist"));
        form.put("online", "yes");
        form.put("street", "");
        form.put("city", "");
        form.put("zip", "");
        form.put("onlineUrl", "javascript:alert(1)");
        String page = newEventForm().formParams(form).post("/events/new").then().statusCode(400).extract().asString();
        assertContains(page, "Enter a link that starts with https://");
        assertContains(page, "Choose the time zone");
        form.put("onlineUrl", "https://meet.example.org/ms-qa");
        form.put("timeZone", "America/Chicago");
        newEventForm().formParams(form).post("/events/new").then().statusCode(303);
    }

    @Test
    void aVolunteerCannotEditAnotherHostsEventNorSeeItWhilePending() {
        Event pending = EventFixtures.event("Someone else's pending event", EventStatus.PENDING, "05401",
                Instant.now().plus(20, ChronoUnit.DAYS), null, "someone-else");
        given().get("/events/" + pending.slug).then().statusCode(404);
        given().get("/events/" + pending.slug + "/edit").then().statusCode(404);

        Event published = EventFixtures.event("Someone else's walk", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(20, ChronoUnit.DAYS), null, "someone-else");
        given().get("/events/" + published.slug).then().statusCode(200).body(not(containsString("Host tools")));
        given().get("/events/" + published.slug + "/edit").then().statusCode(403)
                .body(containsString("You cannot see this page"));
        given().get("/events/" + published.slug + "/attendees").then().statusCode(403);
        given().get("/events/" + published.slug + "/attendees.csv").then().statusCode(403);
        Forms.open("/events/" + published.slug).form().formParams(validForm("Hijacked"))
                .post("/events/" + published.slug + "/edit").then().statusCode(403);
        Forms.open("/events/" + published.slug).form().post("/events/" + published.slug + "/cancel").then().statusCode(403);
        assertEquals("Someone else's walk", EventFixtures.reload(published.id).title);
        assertEquals(EventStatus.PUBLISHED, EventFixtures.reload(published.id).status);
    }

    @Test
    void theHostEditsTheirOwnEvent() {
        String location = newEventForm().formParams(validForm("Info session at the library")).post("/events/new")
                .then().statusCode(303).extract().header("Location");
        String slug = location.substring(location.lastIndexOf('/') + 1);
        given().get("/events/" + slug + "/edit").then().statusCode(200)
                .body(containsString("value=\"Info session at the library\""), containsString("value=\"05401\""));
        Map<String, String> form = new java.util.HashMap<>(validForm("Info session at the big library"));
        form.put("action", "save");
        Forms.open("/events/" + slug + "/edit").form().formParams(form).post("/events/" + slug + "/edit").then().statusCode(303);
        assertEquals("Info session at the big library",
                QuarkusTransaction.requiringNew().call(() -> Event.findBySlug(slug).orElseThrow().title));
    }

    private static void assertContains(String page, String expected) {
        if (!page.contains(expected)) {
            throw new AssertionError("expected the page to contain: " + expected);
        }
    }
}
