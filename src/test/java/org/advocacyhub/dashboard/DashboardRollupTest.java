package org.advocacyhub.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator pages read roll-ups kept by triggers (V18) instead of counting rows. Here rows are
 * added, then changed every way the app changes them (a signer's ZIP, a confirmation, a removal, an
 * RSVP cancelled or checked in, a letter failing then sent), and each figure must still equal a count
 * made over the raw rows. The rows sit in June 2020, where no other test writes.
 */
@QuarkusTest
@TestSecurity(user = "cora-rollup", roles = {"volunteer", "coordinator"})
class DashboardRollupTest {

    static final String PERIOD = "from=2020-06-01&to=2020-06-10";
    static final String IN = "timestamptz '2020-06-01 00:00 America/New_York'";
    static final String END = "timestamptz '2020-06-11 00:00 America/New_York'";

    @BeforeAll
    static void rowsThenChanges() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            String vt = "'05401'";
            String other = "(SELECT zip FROM zip_area WHERE state NOT IN ('VT') ORDER BY zip LIMIT 1)";
            s.execute("INSERT INTO supporter (email, first_name, zip, created_at) SELECT 'roll' || g || '@example.net', 'Roll', "
                    + "CASE WHEN g <= 3 THEN " + vt + " WHEN g <= 5 THEN " + other + " END, "
                    + "timestamptz '2020-06-02 12:00 America/New_York' FROM generate_series(1, 8) g");
            s.execute("INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status) "
                    + "VALUES ('roll-petition', 'Roll petition', 's', 'b', 't', 100, 'OPEN')");
            s.execute("INSERT INTO signature (petition_id, supporter_id, created_at, verified_at) "
                    + "SELECT (SELECT id FROM petition WHERE slug = 'roll-petition'), id, created_at, "
                    + "CASE WHEN email IN ('roll1@example.net', 'roll4@example.net') THEN created_at END "
                    + "FROM supporter WHERE email LIKE 'roll%@example.net' AND email <> 'roll8@example.net'");
            // A signer moves, one without a ZIP gives one, one confirms, one signature is removed.
            s.execute("UPDATE supporter SET zip = " + other + " WHERE email = 'roll1@example.net'");
            s.execute("UPDATE supporter SET zip = " + vt + " WHERE email = 'roll6@example.net'");
            s.execute("UPDATE signature SET verified_at = now() WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll3@example.net')");
            s.execute("DELETE FROM signature WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll2@example.net')");

            s.execute("INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, zip, capacity, accessibility, status, "
                    + "host_subject, host_name) VALUES ('roll-event', 'Roll event', 'd', 'OTHER', timestamptz '2020-06-05 10:00 America/New_York', "
                    + "timestamptz '2020-06-05 12:00 America/New_York', 'America/New_York', '05401', 100, 'UNSURE', 'PUBLISHED', 'roll-host', 'Roll Host')");
            s.execute("INSERT INTO rsvp (event_id, supporter_id, status, guests, checked_in_at, created_at) "
                    + "SELECT (SELECT id FROM event WHERE slug = 'roll-event'), id, CASE WHEN email = 'roll7@example.net' THEN 'WAITLISTED' ELSE 'GOING' END, "
                    + "CASE WHEN email = 'roll1@example.net' THEN 2 ELSE 0 END, "
                    + "CASE WHEN email IN ('roll1@example.net', 'roll2@example.net', 'roll3@example.net') THEN created_at END, created_at "
                    + "FROM supporter WHERE email LIKE 'roll%@example.net'");
            // Cancelled after checking in, a guest more, promoted from the waiting list, one removed.
            s.execute("UPDATE rsvp SET status = 'CANCELLED' WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll2@example.net')");
            s.execute("UPDATE rsvp SET guests = 3 WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll4@example.net')");
            s.execute("UPDATE rsvp SET status = 'GOING', checked_in_at = now() WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll7@example.net')");
            s.execute("DELETE FROM rsvp WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll8@example.net')");

            s.execute("INSERT INTO legislator (bioguide_id, first_name, last_name, full_name, chamber, state, district, current) "
                    + "VALUES ('ZZROLL1', 'Ada', 'Roll', 'Ada Roll', 'HOUSE', 'VT', 0, false)");
            s.execute("INSERT INTO letter_campaign (slug, title, intro, chambers, subject_template, body_template, status) "
                    + "VALUES ('roll-campaign', 'Roll campaign', 'i', 'HOUSE', 's', 'b', 'OPEN')");
            s.execute("INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient, status, sent_at, created_at) "
                    + "SELECT (SELECT id FROM letter_campaign WHERE slug = 'roll-campaign'), id, (SELECT id FROM legislator WHERE bioguide_id = 'ZZROLL1'), "
                    + "'s', 'b', 'Burlington', '05401', 'office@example.org', "
                    + "CASE WHEN email IN ('roll1@example.net', 'roll2@example.net') THEN 'SENT' WHEN email = 'roll3@example.net' THEN 'FAILED' ELSE 'QUEUED' END, "
                    + "CASE WHEN email IN ('roll1@example.net', 'roll2@example.net') THEN timestamptz '2020-06-04 09:00 America/New_York' END, "
                    + "timestamptz '2020-06-03 12:00 America/New_York' FROM supporter WHERE email LIKE 'roll%@example.net' AND email <= 'roll5@example.net'");
            // The failed one is retried and sent days later, a queued one fails, a sent one is removed.
            s.execute("UPDATE letter SET status = 'SENT', sent_at = timestamptz '2020-06-07 09:00 America/New_York' "
                    + "WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll3@example.net')");
            s.execute("UPDATE letter SET status = 'FAILED' WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll4@example.net')");
            s.execute("DELETE FROM letter WHERE supporter_id = (SELECT id FROM supporter WHERE email = 'roll2@example.net')");
        }
    }

    private static Set<String> sqlLines(String query) throws Exception {
        Set<String> lines = new TreeSet<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                lines.add(String.join(",", cells));
            }
        }
        return lines;
    }

    private static long sql(String query) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> csvLines(String path) {
        String csv = new String(given().get(path).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        // Text cells are quoted (web/Csv); none of these values holds a comma or a quote, so dropping the
        // quotes gives the plain values to compare.
        return new TreeSet<>(List.of(csv.replace("\uFEFF", "").replace("\"", "").split("\r\n")));
    }

    @Test
    void signaturesByStateFollowMovesConfirmationsAndRemovals() throws Exception {
        long id = sql("SELECT id FROM petition WHERE slug = 'roll-petition'");
        Set<String> raw = sqlLines("SELECT coalesce(z.state, 'Unknown'), count(*), count(g.verified_at) FROM signature g "
                + "JOIN supporter s ON s.id = g.supporter_id LEFT JOIN zip_area z ON z.zip = s.zip WHERE g.petition_id = " + id + " GROUP BY 1");
        assertEquals(3, raw.size(), "VT, another state and Unknown: " + raw);
        Set<String> shown = csvLines("/coordinator/reports/petitions/" + id + "/petition-by-state.csv");
        shown.remove("State,Signatures,Confirmed");
        assertEquals(raw, shown);
    }

    @Test
    void topHostsAndAttendanceFollowCancellationsCheckInsAndRemovals() throws Exception {
        String roll = "e.slug = 'roll-event'";
        long places = sql("SELECT sum(1 + r.guests) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.status = 'GOING' AND " + roll);
        long checkedIn = sql("SELECT count(r.checked_in_at) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE " + roll);
        assertEquals(11, places, "the rows made above");
        assertTrue(csvLines("/coordinator/tables/top-hosts.csv?" + PERIOD).contains("Roll Host,1," + places + "," + checkedIn));
        long going = sql("SELECT count(*) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.status = 'GOING' "
                + "AND e.ends_at >= " + IN + " AND e.ends_at < " + END);
        long came = sql("SELECT count(r.checked_in_at) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.status = 'GOING' "
                + "AND e.ends_at >= " + IN + " AND e.ends_at < " + END);
        assertTrue(csvLines("/coordinator/tables/overview.csv?" + PERIOD).stream()
                .anyMatch(l -> l.startsWith("Attendance," + Math.round(100.0 * came / going) + "%,")));
    }

    @Test
    void lettersPerDayFollowRetriesFailuresAndRemovals() throws Exception {
        Set<String> raw = sqlLines("SELECT d::date, (SELECT count(*) FROM letter WHERE eastern_day(sent_at) = d::date), "
                + "(SELECT count(*) FROM letter WHERE status = 'FAILED' AND eastern_day(created_at) = d::date) "
                + "FROM generate_series(date '2020-06-01', date '2020-06-10', interval '1 day') d");
        Set<String> shown = csvLines("/coordinator/tables/letters-per-day.csv?" + PERIOD);
        shown.remove("Day,Sent,Failed");
        assertEquals(raw, shown);
        long sent = sql("SELECT count(*) FROM letter WHERE sent_at >= " + IN + " AND sent_at < " + END);
        long failed = sql("SELECT count(*) FROM letter WHERE status = 'FAILED' AND created_at >= " + IN + " AND created_at < " + END);
        assertEquals(2, sent, "the rows made above");
        Set<String> overview = csvLines("/coordinator/tables/overview.csv?" + PERIOD);
        assertTrue(overview.stream().anyMatch(l -> l.startsWith("Letters sent," + sent + ",")), overview.toString());
        assertTrue(overview.stream().anyMatch(l -> l.startsWith("Letters failed," + failed + ",")), overview.toString());
    }
}
