package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinators' list of every event: each filter alone and together, paging, the CSV the same list
 * as the page. The fixtures share a host e-mail part ("cel-") no other test uses, so every check adds
 * {@code host=cel-} and sees only these events.
 */
@QuarkusTest
@TestSecurity(user = "cora-list", roles = {"volunteer", "coordinator"})
class CoordinatorEventListTest {

    static boolean made;

    static Event make(String title, EventStatus status, String zip, String localStart, String zone, EventKind kind, boolean online,
            String host) {
        Event e = EventFixtures.event(title, status, zip, LocalDateTime.parse(localStart).atZone(ZoneId.of(zone)).toInstant(), 20, host);
        QuarkusTransaction.requiringNew().run(() -> {
            Event x = Event.findById(e.id);
            x.kind = kind;
            x.timeZone = zone;
            x.online = online;
            x.onlineUrl = online ? "https://meet.example.org/" + e.slug : null;
        });
        return e;
    }

    @BeforeEach
    void events() {
        if (made) {
            return;
        }
        made = true;
        make("CEL Vermont walk", EventStatus.PUBLISHED, "05401", "2027-09-01T10:00", "America/New_York", EventKind.AWARENESS_WALK, false, "cel-ann");
        make("CEL Vermont draft", EventStatus.DRAFT, "05401", "2027-09-05T10:00", "America/New_York", EventKind.INFO_SESSION, false, "cel-ann");
        make("CEL online pending", EventStatus.PENDING, "05401", "2027-09-10T18:00", "America/New_York", EventKind.ONLINE, true, "cel-bob");
        // 11 pm on September 20 in Alaska is September 21 in UTC: the filter goes by the event's own day.
        make("CEL Alaska late", EventStatus.PUBLISHED, "99501", "2027-09-20T23:00", "America/Anchorage", EventKind.INFO_SESSION, false, "cel-bob");
        make("CEL NY meeting", EventStatus.CANCELLED, "10001", "2027-10-02T09:00", "America/New_York", EventKind.LEGISLATOR_MEETING, false, "cel-cat");
    }

    static String withHost(String query) {
        return query.contains("host=") ? query : "host=cel-&" + query;
    }

    /** The titles in the CSV of a filter, in order. */
    static List<String> csvTitles(String query) {
        String csv = given().get("/coordinator/events/all/events.csv?" + withHost(query)).then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        List<String> titles = new ArrayList<>();
        String[] lines = csv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            titles.add(lines[i].substring(1, lines[i].indexOf('"', 1)));
        }
        return titles;
    }

    /** The titles on one page of the list. */
    static List<String> pageTitles(String query) {
        String html = given().get("/coordinator/events/all?" + withHost(query)).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"/events/[a-z0-9-]+\">([^<]+)</a></th>").matcher(html);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    @Test
    void eachFilterAlone() {
        assertEquals(List.of("CEL Vermont walk", "CEL Vermont draft", "CEL online pending", "CEL Alaska late", "CEL NY meeting"), csvTitles(""));
        assertEquals(List.of("CEL Vermont walk", "CEL Alaska late"), csvTitles("status=PUBLISHED"));
        assertEquals(List.of("CEL Alaska late", "CEL NY meeting"), csvTitles("from=2027-09-20"));
        assertEquals(List.of("CEL Vermont walk", "CEL Vermont draft", "CEL online pending", "CEL Alaska late"), csvTitles("to=2027-09-20"));
        assertEquals(List.of("CEL Alaska late"), csvTitles("state=ak"));
        assertEquals(List.of("CEL NY meeting"), csvTitles("kind=LEGISLATOR_MEETING"));
        assertEquals(List.of("CEL online pending", "CEL Alaska late"), csvTitles("host=cel-bob"));
        assertEquals(List.of("CEL online pending"), csvTitles("online=yes"));
        assertEquals(4, csvTitles("online=no").size());
        assertEquals(List.of("CEL NY meeting", "CEL Alaska late", "CEL online pending", "CEL Vermont draft", "CEL Vermont walk"),
                csvTitles("sort=desc"));
    }

    @Test
    void filtersCombinedAndTheCsvIsTheSameList() {
        String query = "status=PUBLISHED&from=2027-09-01&to=2027-09-30&state=VT&kind=AWARENESS_WALK&online=no";
        assertEquals(List.of("CEL Vermont walk"), pageTitles(query));
        assertEquals(pageTitles(query), csvTitles(query));
        String other = "from=2027-09-02&online=no&sort=desc";
        assertEquals(List.of("CEL NY meeting", "CEL Alaska late", "CEL Vermont draft"), pageTitles(other));
        assertEquals(pageTitles(other), csvTitles(other));
        // The filter is the URL: the page's own links keep it.
        given().get("/coordinator/events/all?host=cel-&" + other).then()
                .body(containsString("href=\"/coordinator/events/all/events.csv?from=2027-09-02&amp;host=cel-&amp;online=no&amp;sort=desc\""),
                        containsString("value=\"2027-09-02\""));
    }

    @Test
    void theCsvWritesTimesInTheEventsZoneForASpreadsheet() {
        String csv = given().get("/coordinator/events/all/events.csv?host=cel-bob").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\"CEL Alaska late\",\"2027-09-20 23:00\",\"2027-09-21 01:00\",\"America/Anchorage\""), csv);
    }

    @Test
    void pagesOfTwentyFive() {
        for (int i = 0; i < 27; i++) {
            EventFixtures.event(String.format("CEL paged %02d", i), EventStatus.PUBLISHED, "05401",
                    LocalDateTime.parse("2028-01-01T10:00").plusDays(i).atZone(ZoneId.of("America/New_York")).toInstant(), null, "cel-paged");
        }
        List<String> first = pageTitles("host=cel-paged");
        List<String> second = pageTitles("host=cel-paged&page=2");
        assertEquals(25, first.size());
        assertEquals(List.of("CEL paged 25", "CEL paged 26"), second);
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(all, csvTitles("host=cel-paged"));
        given().get("/coordinator/events/all?host=cel-paged").then().body(containsString("27 events"),
                containsString("href=\"/coordinator/events/all?host=cel-paged&amp;page=2\""));
    }

    @Test
    void aBadDateGetsAMessageBesideItsField() {
        given().get("/coordinator/events/all?from=soon&host=cel-").then().statusCode(400)
                .body(containsString("Enter a date like 2027-03-13"), containsString("value=\"soon\""));
    }

    @Test
    @TestSecurity(user = "vic-volunteer", roles = "volunteer")
    void aVolunteerIsRefused() {
        given().get("/coordinator/events/all").then().statusCode(403);
        given().get("/coordinator/events/all/events.csv").then().statusCode(403);
        given().get("/coordinator/digest").then().statusCode(403);
    }
}
