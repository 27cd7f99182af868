package org.advocacyhub.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacyhub.web.Formats;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure on the overview equals a count made here, independently, with plain SQL over the
 * same rows. The rows sit in March 2021 (and the ten days before), where no other test writes.
 */
@QuarkusTest
@TestSecurity(user = "cora-dashboard", roles = {"volunteer", "coordinator"})
class DashboardTest {

    static final String PERIOD = "from=2021-03-01&to=2021-03-10";
    static boolean made;

    @BeforeAll
    static void rows() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            // Times at noon Eastern, well inside their days.
            s.execute("INSERT INTO supporter (email, first_name, created_at) SELECT 'dash' || g || '@example.net', 'Dash', "
                    + "timestamptz '2021-03-01 12:00 America/New_York' + (g % 10) * interval '1 day' FROM generate_series(1, 37) g");
            s.execute("INSERT INTO supporter (email, first_name, created_at) SELECT 'dashold' || g || '@example.net', 'Old', "
                    + "timestamptz '2021-02-25 12:00 America/New_York' FROM generate_series(1, 12) g");
            s.execute("INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status) "
                    + "VALUES ('dash-petition', 'Dash petition', 's', 'b', 't', 100, 'OPEN')");
            s.execute("INSERT INTO signature (petition_id, supporter_id, created_at, verified_at) "
                    + "SELECT (SELECT id FROM petition WHERE slug = 'dash-petition'), id, created_at, "
                    + "CASE WHEN id % 3 = 0 THEN created_at END FROM supporter WHERE email LIKE 'dash%@example.net'");
            s.execute("INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, zip, capacity, accessibility, status, "
                    + "host_subject, host_name) VALUES ('dash-event', 'Dash event', 'd', 'OTHER', timestamptz '2021-03-05 10:00 America/New_York', "
                    + "timestamptz '2021-03-05 12:00 America/New_York', 'America/New_York', '05401', 100, 'UNSURE', 'PUBLISHED', 'dash-host', 'Dash Host')");
            s.execute("INSERT INTO rsvp (event_id, supporter_id, status, created_at, checked_in_at) "
                    + "SELECT (SELECT id FROM event WHERE slug = 'dash-event'), id, CASE WHEN id % 4 = 0 THEN 'WAITLISTED' ELSE 'GOING' END, "
                    + "created_at, CASE WHEN id % 2 = 0 AND id % 4 <> 0 THEN created_at END "
                    + "FROM supporter WHERE email LIKE 'dash%@example.net' AND created_at < timestamptz '2021-03-05 00:00 America/New_York'");
        }
    }

    private static long sql(String query) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, List<String>> overviewCsv() {
        String csv = new String(given().get("/coordinator/tables/overview.csv?" + PERIOD).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            // Text cells are quoted (web/Csv); these labels and figures hold no comma.
            List<String> cells = java.util.Arrays.stream(line.split(",", -1)).map(c -> c.replace("\"", "")).toList();
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    @Test
    void everyFigureEqualsAnIndependentCount() throws Exception {
        String in = "created_at >= timestamptz '2021-03-01 00:00 America/New_York' AND created_at < timestamptz '2021-03-11 00:00 America/New_York'";
        String before = "created_at >= timestamptz '2021-02-19 00:00 America/New_York' AND created_at < timestamptz '2021-03-01 00:00 America/New_York'";
        Map<String, List<String>> rows = overviewCsv();

        assertEquals(String.valueOf(sql("SELECT count(*) FROM supporter WHERE " + in)), rows.get("New supporters").get(1));
        assertEquals(String.valueOf(sql("SELECT count(*) FROM supporter WHERE " + before)), rows.get("New supporters").get(2));
        long signatures = sql("SELECT count(*) FROM signature WHERE " + in);
        long verified = sql("SELECT count(*) FROM signature WHERE verified_at IS NOT NULL AND " + in);
        assertEquals(37, signatures, "the rows made above");
        assertEquals(String.valueOf(signatures), rows.get("Signatures").get(1));
        assertEquals(String.valueOf(sql("SELECT count(*) FROM signature WHERE " + before)), rows.get("Signatures").get(2));
        assertEquals(Math.round(100.0 * verified / signatures) + "%", rows.get("Confirmed signatures").get(1));
        assertEquals("Up 25 (+208%)", rows.get("Signatures").get(3));
        long rsvps = sql("SELECT count(*) FROM rsvp WHERE " + in);
        assertTrue(rsvps > 5, "the rows made above: " + rsvps);
        assertEquals(String.valueOf(rsvps), rows.get("RSVPs").get(1));
        assertEquals(String.valueOf(sql("SELECT count(*) FROM rsvp WHERE " + before)), rows.get("RSVPs").get(2));
        long going = sql("SELECT count(*) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.status = 'GOING' AND e.slug = 'dash-event'");
        long checkedIn = sql("SELECT count(*) FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.status = 'GOING' "
                + "AND r.checked_in_at IS NOT NULL AND e.slug = 'dash-event'");
        assertEquals(Math.round(100.0 * checkedIn / going) + "%", rows.get("Attendance").get(1));
        assertEquals(String.valueOf(sql("SELECT count(*) FROM letter WHERE sent_at >= timestamptz '2021-03-01 00:00 America/New_York' "
                + "AND sent_at < timestamptz '2021-03-11 00:00 America/New_York'")), rows.get("Letters sent").get(1));
        assertEquals(String.valueOf(sql("SELECT count(*) FROM event WHERE status = 'PENDING'")), rows.get("Events waiting for approval").get(1));
    }

    @Test
    void theChartsDataTablesAddUpToTheSameCounts() {
        String csv = new String(given().get("/coordinator/tables/signatures-per-day.csv?" + PERIOD).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        long total = 0;
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals(11, lines.length, "a header and one line per day, empty days included");
        for (int i = 1; i < lines.length; i++) {
            total += Long.parseLong(lines[i].split(",")[1]);
        }
        assertEquals(37, total);
        given().get("/coordinator?" + PERIOD).then().statusCode(200)
                .body(containsString("<svg class=\"chart\""), containsString("role=\"img\""),
                        containsString("All petitions: 37 in all"), containsString("1 Mar 2021 to 10 Mar 2021"));
    }

    @Test
    void aPetitionReportCountsByDayAndByState() throws Exception {
        long id = sql("SELECT id FROM petition WHERE slug = 'dash-petition'");
        given().get("/coordinator/reports/petitions/" + id + "?" + PERIOD).then().statusCode(200)
                .body(containsString("Report: Dash petition"), containsString("By state"));
        String byState = given().get("/coordinator/reports/petitions/" + id + "/petition-by-state.csv").then().statusCode(200).extract().asString();
        assertTrue(byState.contains("\"Unknown\",49,"), byState);
    }

    @Test
    void theOverviewSpeaksSpanishToASpanishReader() {
        given().header("Accept-Language", "es-MX,es;q=0.9").get("/coordinator?" + PERIOD).then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"),
                        containsString("<h1>Resumen para coordinadores</h1>"),
                        containsString("Del 1 mar 2021 al 10 mar 2021, comparado con los 10 días anteriores"),
                        containsString(">Simpatizantes nuevos<"),
                        containsString("<td>Sube 25 (+208%)</td>"),
                        containsString("<th scope=\"col\">Periodo anterior</th>"),
                        containsString("Firmas por día, del 1 mar 2021 al 10 mar 2021"),
                        // The chart's text alternative and the table under it.
                        containsString("Todas las peticiones: 37 en total; el máximo"),
                        containsString("<th scope=\"row\">1 mar 2021</th>"),
                        containsString("Semana del 1 mar 2021"),
                        containsString("Descargar esta tabla (CSV)"),
                        not(containsString("Signatures per day")), not(containsString("compared with")), not(containsString("Top hosts")));
    }

    @Test
    void changesAndNumbersAreWrittenInTheReadersLanguage() {
        Locale es = Locale.forLanguageTag("es");
        assertEquals("Up 2,500 (+25%)", Dashboard.change(Words.of(Locale.ENGLISH), 12_500, 10_000));
        assertEquals("Sube " + Formats.number(2_500, es) + " (+25%)", Dashboard.change(Words.of(es), 12_500, 10_000));
        assertEquals("Baja 3 (-30%)", Dashboard.change(Words.of(es), 7, 10));
        assertEquals("Sube " + Formats.number(12_000, es) + " (antes no había)", Dashboard.change(Words.of(es), 12_000, 0));
        assertEquals("Sin cambios", Dashboard.change(Words.of(es), 4, 4));
        assertEquals("Down 3 (-30%)", Dashboard.change(Words.english(), 7, 10));
    }

    @Test
    void csvExportsStayInEnglishForSpreadsheetsAndScripts() {
        String csv = new String(given().header("Accept-Language", "es").get("/coordinator/tables/overview.csv?" + PERIOD).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n\"Signatures\",37,12,\"Up 25 (+208%)\"\r\n"), csv);
        String perWeek = given().header("Accept-Language", "es").get("/coordinator/tables/rsvps-per-week.csv?" + PERIOD).then().statusCode(200)
                .extract().asString();
        assertTrue(perWeek.startsWith("\uFEFF\"Week\",\"Going\",\"Waiting list\"\r\n\"Week of 2021-03-01\","), perWeek);
    }

    @Test
    void theReportsSpeakSpanishToo() throws Exception {
        long petition = sql("SELECT id FROM petition WHERE slug = 'dash-petition'");
        given().header("Accept-Language", "es").get("/coordinator/reports/petitions/" + petition + "?" + PERIOD).then().statusCode(200)
                .body(containsString("<h1>Informe: Dash petition</h1>"), containsString("Por estado"),
                        containsString("<th scope=\"row\">Desconocido</th>"), containsString("<th scope=\"col\">Confirmadas</th>"));
        long event = sql("SELECT id FROM event WHERE slug = 'dash-event'");
        given().header("Accept-Language", "es").get("/coordinator/reports/events/" + event).then().statusCode(200)
                .body(containsString("<h1>Informe: Dash event</h1>"), containsString("viernes, 5 de marzo de 2021, de 10:00"),
                        containsString("100 plazas"), containsString("<th scope=\"row\">Van</th>"), containsString("Lista de espera"));
        given().get("/coordinator/reports/events/" + event).then().statusCode(200)
                .body(containsString("Friday, March 5, 2021, 10:00"), containsString("100 places"),
                        containsString("<th scope=\"row\">Going</th>"));
    }
}
