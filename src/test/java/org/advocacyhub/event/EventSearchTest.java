package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding events by ZIP and radius, date and kind. The events here sit on days no other test uses,
 * and every search names those days, so other tests' events never get in.
 */
@QuarkusTest
class EventSearchTest {

    static final LocalDate DAY = LocalDate.now().plusYears(3).withMonth(5).withDayOfMonth(10);
    static final String DAYS = "&from=" + DAY + "&to=" + DAY.plusDays(3);
    static boolean created;

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    @BeforeAll
    static void events() {
        // Distances from 05401's centroid: 05446 5.1 mi, 05495 6.6 mi, 05602 32.7 mi, 05301 115.9 mi.
        // Start times run against distance, so "nearest first" and "soonest first" give different orders.
        EventFixtures.published("Search Colchester", "05446", at(DAY, 9), null);
        EventFixtures.published("Search Burlington", "05401", at(DAY, 15), 1);
        EventFixtures.published("Search Williston", "05495", at(DAY, 8), null);
        EventFixtures.published("Search Montpelier", "05602", at(DAY, 7), null);
        EventFixtures.published("Search Brattleboro", "05301", at(DAY.plusDays(1), 7), null);
        EventFixtures.event("Search pending", EventStatus.PENDING, "05401", at(DAY, 11), null, "x");
    }

    static List<String> titles(String page) {
        Matcher m = Pattern.compile("<h3><a href=\"/events/[^\"]+\">(Search [^<]+)</a></h3>").matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aZipAndRadiusFindExactlyTheEventsInsideNearestFirst() {
        String page = given().get("/events?zip=05401&radius=10" + DAYS).then().statusCode(200).extract().asString();
        assertEquals(List.of("Search Burlington", "Search Colchester", "Search Williston"), titles(page));
        page = given().get("/events?zip=05401&radius=50" + DAYS).then().statusCode(200).extract().asString();
        assertEquals(List.of("Search Burlington", "Search Colchester", "Search Williston", "Search Montpelier"), titles(page));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("5.1 miles away"));
    }

    @Test
    void withoutAZipTheSoonestComeFirstAndPendingEventsNeverShow() {
        String page = given().get("/events?" + DAYS.substring(1)).then().statusCode(200).extract().asString();
        assertEquals(List.of("Search Montpelier", "Search Williston", "Search Colchester", "Search Burlington",
                "Search Brattleboro"), titles(page));
    }

    @Test
    void theDateRangeIsInTheEventsOwnDays() {
        String page = given().get("/events?from=" + DAY.plusDays(1) + "&to=" + DAY.plusDays(1)).then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("Search Brattleboro"), titles(page));
    }

    @Test
    void eachResultShowsTimeInTheEventsZoneAndPlacesLeft() {
        given().get("/events?zip=05401&radius=5" + DAYS).then().statusCode(200)
                .body(containsString("3:00\u202fPM to 5:00\u202fPM Eastern time"), containsString("1 place left"));
    }

    @Test
    void badFiltersGetClearMessagesAndKeepWhatWasTyped() {
        given().get("/events?zip=99999&radius=10").then().statusCode(400)
                .body(containsString("We do not know the ZIP code 99999"), containsString("value=\"99999\""));
        given().get("/events?from=2030-05-10&to=2030-05-01").then().statusCode(400)
                .body(containsString("The last date must be the same as or after the first date"));
        given().get("/events?from=tomorrow").then().statusCode(400).body(containsString("Enter a date like 2027-03-14"));
    }

    @Test
    void theUrlCarriesTheFiltersForPaging() {
        for (int i = 0; i < 21; i++) {
            EventFixtures.published("Page event " + i, "05401", at(DAY.plusDays(20), 6).plusSeconds(i * 60L), null);
        }
        String day = DAY.plusDays(20).toString();
        String first = given().get("/events?from=" + day + "&to=" + day).then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(first, containsString("21 events found"));
        org.hamcrest.MatcherAssert.assertThat(first, containsString("href=\"/events?from=" + day + "&amp;to=" + day + "&amp;page=2\""));
        given().get("/events?from=" + day + "&to=" + day + "&page=2").then().statusCode(200)
                .body(containsString("Page event 20"), containsString("Previous page"));
    }
}
