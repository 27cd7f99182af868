package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.Test;

/** Repeat events over real PostgreSQL: a series made at once, reviewed once, changed one date or all later ones. */
@QuarkusTest
@TestSecurity(user = "sam-subject", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Sam Series"), @Claim(key = "email", value = "sam@example.org")})
class EventSeriesTest {

    static final ZoneId EASTERN = ZoneId.of("America/New_York");

    static Map<String, String> seriesForm(String title, String firstDate, String time, String repeat, String count) {
        Map<String, String> form = new HashMap<>(EventHostingTest.validForm(title));
        form.put("startDate", firstDate);
        form.put("startTime", time);
        form.put("endTime", LocalDateTime.parse(firstDate + "T" + time).plusHours(2).toLocalTime().toString());
        form.put("repeat", repeat);
        form.put("count", count);
        return form;
    }

    /** Posts the series form; returns its dates, first to last. */
    static List<Event> createSeries(Map<String, String> form) {
        String location = Forms.open("/events/series/new").form().formParams(form).post("/events/series/new")
                .then().statusCode(303).extract().header("Location");
        String slug = location.substring(location.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> EventSeries.occurrences(Event.findBySlug(slug).orElseThrow().seriesId));
    }

    static List<Event> reload(List<Event> dates) {
        return QuarkusTransaction.requiringNew().call(() -> EventSeries.occurrences(dates.get(0).seriesId));
    }

    static LocalDateTime local(Event e) {
        return e.startsAt.atZone(ZoneId.of(e.timeZone)).toLocalDateTime();
    }

    @Test
    void weeklyDatesKeepTheirTimeOfDayWhenDaylightSavingTimeEnds() {
        List<Event> dates = createSeries(seriesForm("Weekly MS coffee", "2027-10-26", "19:00", "WEEKLY", "3"));
        assertEquals(List.of(LocalDateTime.parse("2027-10-26T19:00"), LocalDateTime.parse("2027-11-02T19:00"),
                LocalDateTime.parse("2027-11-09T19:00")), dates.stream().map(EventSeriesTest::local).toList());
        // 7 pm before and after the clocks go back on November 7: one week and one hour apart.
        assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(dates.get(1).startsAt, dates.get(2).startsAt));
        assertEquals(Duration.ofHours(2), Duration.between(dates.get(2).startsAt, dates.get(2).endsAt));
        for (Event e : dates) {
            assertEquals(EventStatus.PENDING, e.status);
            assertEquals("sam-subject", e.hostSubject);
            assertEquals("Weekly MS coffee", e.title);
            assertEquals(40, e.capacity);
        }
        assertEquals(3, dates.stream().map(e -> e.slug).distinct().count(), "each date has its own page");
        given().get("/events/" + dates.get(1).slug).then().statusCode(200)
                .body(containsString("All dates of this event"), containsString("/events/" + dates.get(2).slug));
    }

    @Test
    void monthlyDatesFallOnTheSameWeekdayOfEachMonth() {
        // January 12, 2027 is the 2nd Tuesday; the series crosses month ends and March's change of the clocks.
        List<Event> dates = createSeries(seriesForm("Second Tuesday support group", "2027-01-12", "18:00", "MONTHLY_WEEKDAY", "5"));
        assertEquals(List.of(LocalDateTime.parse("2027-01-12T18:00"), LocalDateTime.parse("2027-02-09T18:00"),
                LocalDateTime.parse("2027-03-09T18:00"), LocalDateTime.parse("2027-04-13T18:00"),
                LocalDateTime.parse("2027-05-11T18:00")), dates.stream().map(EventSeriesTest::local).toList());
    }

    @Test
    void twentySixDatesAtMostAndABadSeriesStoresNothing() {
        given().get("/events/series/new").then().statusCode(200).body(containsString("From 2 to 26"));
        long before = QuarkusTransaction.requiringNew().call(() -> Event.count());
        Forms.open("/events/series/new").form().formParams(seriesForm("Too many coffees", "2027-02-01", "10:00", "WEEKLY", "27"))
                .post("/events/series/new").then().statusCode(400)
                .body(containsString("Enter a number from 2 to 26"), containsString("value=\"Too many coffees\""));
        Forms.open("/events/series/new").form().formParams(seriesForm("No repeat chosen", "2027-02-01", "10:00", "", "4"))
                .post("/events/series/new").then().statusCode(400).body(containsString("Choose how often it repeats"));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Event.count()));
        List<Event> dates = createSeries(seriesForm("Half a year of walks", "2027-02-01", "10:00", "BIWEEKLY", "26"));
        assertEquals(26, dates.size());
        assertEquals(LocalDate.parse("2027-02-01").plusWeeks(50), local(dates.get(25)).toLocalDate());
    }

    @Test
    void eachDateTakesItsOwnAnswers() {
        List<Event> dates = createSeries(seriesForm("Own answers circle", "2027-03-02", "17:00", "WEEKLY", "2"));
        publish(dates);
        Forms.Page page = Forms.open("/events/" + dates.get(0).slug);
        page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted())
                .formParams(RsvpTest.rsvp("Ola", "ola.series@example.net")).post("/events/" + dates.get(0).slug + "/rsvp")
                .then().statusCode(303);
        assertEquals(1, RsvpTest.rsvps(dates.get(0)).size());
        assertEquals(0, RsvpTest.rsvps(dates.get(1)).size());
    }

    @Test
    @TestSecurity(user = "cora-series", roles = {"volunteer", "coordinator"})
    void oneReviewApprovesEveryDateAndTheQueueShowsTheSeriesOnce() {
        List<Event> dates = createSeries(seriesForm("Reviewed once group", "2027-04-06", "18:30", "WEEKLY", "4"));
        String queue = given().get("/coordinator/events").then().statusCode(200).extract().asString();
        assertEquals(1, queue.split("Reviewed once group</a>", -1).length - 1, "one entry for the series");
        assertTrue(queue.contains("A series of 4 dates"));
        assertTrue(queue.contains("Tuesday, April 27, 2027"), "every date is listed");
        assertTrue(queue.contains("Paved path, benches every 200 m."), "the access notes are shown");
        assertTrue(queue.contains("<dt>Places</dt><dd>40</dd>"), "the number of places is shown");
        String location = Forms.open("/coordinator/events").form().post("/coordinator/events/" + dates.get(0).id + "/approve")
                .then().statusCode(303).extract().header("Location");
        assertTrue(reload(dates).stream().allMatch(e -> e.status == EventStatus.PUBLISHED && e.publishedAt != null));
        given().get(location).then().statusCode(200)
                .body(containsString("Approved and published: “Reviewed once group”, all 4 dates."));
    }

    @Test
    @TestSecurity(user = "cora-series", roles = {"volunteer", "coordinator"})
    void oneRejectionTurnsDownEveryDateWithTheReason() {
        List<Event> dates = createSeries(seriesForm("Rejected once group", "2027-04-07", "18:30", "BIWEEKLY", "3"));
        Forms.open("/coordinator/events").form().formParam("reason", "").post("/coordinator/events/" + dates.get(0).id + "/reject")
                .then().statusCode(400);
        assertTrue(reload(dates).stream().allMatch(e -> e.status == EventStatus.PENDING), "nothing changes without a reason");
        Forms.open("/coordinator/events").form().formParam("reason", "Please add the room number.")
                .post("/coordinator/events/" + dates.get(1).id + "/reject").then().statusCode(303);
        assertTrue(reload(dates).stream().allMatch(e -> e.status == EventStatus.REJECTED
                && "Please add the room number.".equals(e.reviewNote)));
    }

    @Test
    @TestSecurity(user = "cora-series", roles = {"volunteer", "coordinator"})
    void theQueueShowsAnOnlineEventsLinkAndTheApprovalNamesTheEvent() {
        Event online = EventFixtures.event("Queue link evening", EventStatus.PENDING, "05401",
                Instant.now().plus(Duration.ofDays(25)), null, "queue-link-host");
        QuarkusTransaction.requiringNew().run(() -> {
            Event e = Event.findById(online.id);
            e.online = true;
            e.onlineUrl = "https://meet.example.org/queue-link-evening";
        });
        given().get("/coordinator/events").then().statusCode(200)
                .body(containsString("<dt>Online link</dt><dd class=\"break-anywhere\">https://meet.example.org/queue-link-evening</dd>"),
                        containsString("<dt>Places</dt><dd>No limit</dd>"));
        String location = Forms.open("/coordinator/events").form().post("/coordinator/events/" + online.id + "/approve")
                .then().statusCode(303).extract().header("Location");
        given().get(location).then().body(containsString("Approved and published: “Queue link evening”. The host will get an e-mail."));
        // An old or made-up link names nothing.
        given().get("/coordinator/events?approved=999999999").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Approved and published")));
    }

    @Test
    void allLaterDatesChangeTogetherAndThisDateOnlyChangesOne() {
        List<Event> dates = createSeries(seriesForm("Changing circle", "2027-05-04", "19:00", "WEEKLY", "4"));
        Map<String, String> edit = seriesForm("Changing circle, new room", "2027-05-11", "18:30", "", "");
        edit.remove("repeat");
        edit.remove("count");
        edit.put("action", "save");
        edit.put("scope", "future");
        Forms.open("/events/" + dates.get(1).slug + "/edit").form().formParams(edit).post("/events/" + dates.get(1).slug + "/edit")
                .then().statusCode(303);
        List<Event> after = reload(dates);
        assertEquals("Changing circle", after.get(0).title);
        assertEquals(LocalDateTime.parse("2027-05-04T19:00"), local(after.get(0)));
        for (int i = 1; i < 4; i++) {
            assertEquals("Changing circle, new room", after.get(i).title);
            assertEquals(LocalDateTime.parse("2027-05-04T18:30").plusWeeks(i), local(after.get(i)), "date " + i);
            assertEquals(Duration.ofHours(2), Duration.between(after.get(i).startsAt, after.get(i).endsAt));
        }

        Map<String, String> one = new HashMap<>(edit);
        one.put("title", "Changing circle, picnic");
        one.put("startDate", "2027-05-18");
        one.put("scope", "this");
        Forms.open("/events/" + dates.get(2).slug + "/edit").form().formParams(one).post("/events/" + dates.get(2).slug + "/edit")
                .then().statusCode(303);
        List<Event> last = reload(dates);
        assertEquals(List.of("Changing circle", "Changing circle, new room", "Changing circle, picnic", "Changing circle, new room"),
                last.stream().map(e -> e.title).toList());
    }

    @Test
    void aHostsChangeToLaterPublishedDatesWaitsForReviewOnEachOfThem() {
        List<Event> dates = createSeries(seriesForm("Approved circle", "2027-06-01", "19:00", "WEEKLY", "3"));
        publish(dates);
        Map<String, String> edit = seriesForm("Approved circle, renamed", "2027-06-08", "19:00", "", "");
        edit.remove("repeat");
        edit.remove("count");
        edit.put("action", "save");
        edit.put("scope", "future");
        Forms.open("/events/" + dates.get(1).slug + "/edit").form().formParams(edit).post("/events/" + dates.get(1).slug + "/edit")
                .then().statusCode(303);
        List<Event> after = reload(dates);
        assertTrue(after.stream().allMatch(e -> e.title.equals("Approved circle")), "the published versions stay");
        List<String> proposed = QuarkusTransaction.requiringNew().call(() -> after.stream()
                .map(e -> EventRevision.pendingFor(e).map(r -> r.title).orElse("none")).toList());
        assertEquals(List.of("none", "Approved circle, renamed", "Approved circle, renamed"), proposed);
    }

    @Test
    void aCopyOfAnEventGoesToReviewOnItsNewDay() {
        Event source = EventFixtures.event("Copied walk", EventStatus.PUBLISHED, "05401",
                LocalDateTime.parse("2027-07-10T10:00").atZone(EASTERN).toInstant(), 25, "sam-subject");
        String location = Forms.open("/events/" + source.slug + "/duplicate").form()
                .formParams(Map.of("startDate", "2027-08-14", "startTime", "11:00")).post("/events/" + source.slug + "/duplicate")
                .then().statusCode(303).extract().header("Location");
        Event copy = QuarkusTransaction.requiringNew().call(() -> Event.findBySlug(location.substring(location.lastIndexOf('/') + 1)).orElseThrow());
        assertNotEquals(source.id, copy.id);
        assertEquals(EventStatus.PENDING, copy.status);
        assertEquals(LocalDateTime.parse("2027-08-14T11:00"), local(copy));
        assertEquals(Duration.between(source.startsAt, source.endsAt), Duration.between(copy.startsAt, copy.endsAt));
        Forms.open("/events/" + source.slug + "/duplicate").form().formParams(Map.of("startDate", "2020-01-01", "startTime", "11:00"))
                .post("/events/" + source.slug + "/duplicate").then().statusCode(400)
                .body(containsString("The new date must be in the future"), containsString("value=\"2020-01-01\""));
    }

    @Test
    void nobodyElseCopiesOrRepeatsSomeoneElsesEvent() {
        Event other = EventFixtures.event("Someone else's walk", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(Duration.ofDays(20)), null, "not-sam");
        given().get("/events/" + other.slug + "/duplicate").then().statusCode(403);
    }

    private static void publish(List<Event> dates) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Event d : dates) {
                Event e = Event.findById(d.id);
                e.status = EventStatus.PUBLISHED;
                e.publishedAt = Instant.now();
            }
        });
    }
}
