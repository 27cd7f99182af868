package org.advocacyhub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyDataTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/my-data/([0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]+)");

    @Inject
    EntityManager em;

    @Inject
    MyDataPages pages;

    @Inject
    OutboxSender sender;

    @InjectMailServer
    GreenMail mail;

    @Test
    void theLinkRequestAnswersTheSameForKnownAndUnknownAddressesAndOnlyTheKnownGetALink() throws Exception {
        String known = PrivacyFixtures.unique("known") + "@example.org";
        String unknown = PrivacyFixtures.unique("unknown") + "@example.org";
        PrivacyFixtures.person(known, "Kit", "Known", false, "en");

        Response forKnown = Forms.open("/my-data").form().formParam("email", known).post("/my-data");
        Response forUnknown = Forms.open("/my-data").form().formParam("email", unknown).post("/my-data");
        assertEquals(303, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.header("Location"), forUnknown.header("Location"));
        given().get("/my-data/sent").then().statusCode(200).body(containsString("Check your e-mail"));

        Mailbox.deliverAll(sender);
        String knownMail = GreenMailUtil.getBody(Mailbox.to(mail, known).get(0));
        String unknownMail = GreenMailUtil.getBody(Mailbox.to(mail, unknown).get(0));
        Matcher link = LINK.matcher(knownMail.replace("=\r\n", ""));
        assertTrue(link.find(), knownMail);
        assertFalse(LINK.matcher(unknownMail).find(), "no link for an address we do not know");
        assertTrue(unknownMail.contains("We hold nothing"), unknownMail);

        given().get("/my-data/" + link.group(1)).then().statusCode(200)
                .body(containsString("Everything we hold about you"), containsString(known), containsString("Kit"));
    }

    @Test
    void theNoticeNamesThePeriodsTheRetentionJobUses() {
        given().get("/privacy").then().statusCode(200)
                .body(containsString("for 24 months"), containsString("after 30 days"));
        given().header("Accept-Language", "es").get("/privacy").then().statusCode(200)
                .body(containsString("en 24 meses"), containsString("a los 30 días"));
    }

    @Test
    void aBadAddressIsExplainedAndKept() {
        Forms.open("/my-data").form().formParam("email", "not an address").post("/my-data")
                .then().statusCode(400).body(containsString("Enter an e-mail address"), containsString("value=\"not an address\""));
    }

    @Test
    void forgedExpiredAndErasedLinksOpenNothing() {
        long id = PrivacyFixtures.person(PrivacyFixtures.unique("forged") + "@example.org", "Fay", "Forged", false, "en");
        String key = pages.key(id);
        String[] parts = key.split("\\.");
        given().get("/my-data/" + parts[0] + "." + parts[1] + ".AAAA").then().statusCode(404);
        given().get("/my-data/" + (id + 1) + "." + parts[1] + "." + parts[2]).then().statusCode(404);
        given().get("/my-data/" + parts[0] + "." + (Long.parseLong(parts[1]) + 60) + "." + parts[2]).then().statusCode(404);
        given().get("/my-data/" + id + ".1000." + parts[2]).then().statusCode(404);
    }

    @Test
    void theExportHoldsEveryRowAboutThePersonAndNothingAboutAnyoneElse() throws Exception {
        String email = PrivacyFixtures.unique("export") + "@example.org";
        String other = PrivacyFixtures.unique("other") + "@example.org";
        long me = PrivacyFixtures.person(email, "Esme", "Exporter", true, "es");
        long them = PrivacyFixtures.person(other, "Otto", "Otherperson", true, "en");
        long petition = PrivacyFixtures.petition(em);
        PrivacyFixtures.sign(em, petition, me, "My own comment about research", true);
        PrivacyFixtures.sign(em, petition, them, "Otto's comment", true);
        long event = PrivacyFixtures.event(em, "host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        PrivacyFixtures.rsvp(em, event, me);
        PrivacyFixtures.rsvp(em, event, them);
        PrivacyFixtures.letter(em, me, "Dear Senator, from Esme Exporter.");
        PrivacyFixtures.letter(em, them, "Dear Senator, from Otto Otherperson.");

        String key = pages.key(me);
        String json = given().get("/my-data/" + key + "/export.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        io.restassured.path.json.JsonPath export = new io.restassured.path.json.JsonPath(json);
        assertEquals(email, export.getString("person[0].email"));
        assertEquals("es", export.getString("person[0].language"));
        assertEquals(1, export.getList("signatures").size());
        assertEquals("My own comment about research", export.getString("signatures[0].comment"));
        assertEquals(1, export.getList("rsvps").size());
        assertEquals(1, export.getList("letters").size());
        assertEquals(1, export.getList("consents").size());
        assertEquals("E-mail me news about events and campaigns", export.getString("consents[0].wording"));
        assertEquals("petition:privacy", export.getString("person[0].email_consent_source"));
        for (String notMine : List.of(other, "Otto", "Otherperson", "Otto's comment")) {
            assertFalse(json.contains(notMine), "the export holds " + notMine);
        }

        String csv = given().get("/my-data/" + key + "/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("\"signatures\",1,\"comment\",\"My own comment about research\""), csv);
        assertTrue(csv.contains("\"person\",1,\"email\",\"" + email + "\""), csv);
        assertTrue(csv.contains("\"letters\",1,\"body\","), csv);
        for (String notMine : List.of(other, "Otto", "Otherperson")) {
            assertFalse(csv.contains(notMine), "the CSV holds " + notMine);
        }
        // The page shows the same rows, in words.
        given().get("/my-data/" + key).then().statusCode(200)
                .body(containsString("My own comment about research"), containsString("Petitions you signed"),
                        not(containsString(other)));
    }

    @Test
    void namesAndZipAreCorrectedAndBadInputChangesNothing() {
        String email = PrivacyFixtures.unique("correct") + "@example.org";
        long id = PrivacyFixtures.person(email, "Cory", "Typo", false, "en");
        String key = pages.key(id);
        Forms.open("/my-data/" + key).form().formParam("firstName", "Corey").formParam("lastName", "Fixed")
                .formParam("zip", "5401").post("/my-data/" + key + "/details")
                .then().statusCode(400).body(containsString("Enter a ZIP code of 5 digits"), containsString("value=\"Corey\""));
        assertEquals("Typo", lastName(id));
        Forms.open("/my-data/" + key).form().formParam("firstName", "Corey").formParam("lastName", "Fixed")
                .formParam("zip", "10001").post("/my-data/" + key + "/details")
                .then().statusCode(303);
        assertEquals("Fixed", lastName(id));
        given().cookie("flash", "my-data-corrected").get("/my-data/" + key).then().body(containsString("Your details are saved."),
                containsString("10001"));
    }

    @Test
    void afterErasureNoTableHoldsTheirEmailOrNameAndThePetitionCountStays() throws Exception {
        String email = PrivacyFixtures.unique("zebulon") + "@example.org";
        String first = "Zebulon" + System.nanoTime();
        String last = "Quixotte" + System.nanoTime();
        long me = PrivacyFixtures.person(email, first, last, true, "en");
        long petition = PrivacyFixtures.petition(em);
        PrivacyFixtures.sign(em, petition, me, "I am " + first + " " + last, false);
        long event = PrivacyFixtures.event(em, "erase-host-" + System.nanoTime(), first + " " + last, email);
        PrivacyFixtures.rsvp(em, event, me);
        PrivacyFixtures.letter(em, me, "Dear Senator, yours " + first + " " + last + ", " + email);
        // Mail to and about them: a queued receipt, and a letter with them as Reply-To.
        PrivacyFixtures.queuedMail(em, email, null, "Thank you " + first);
        PrivacyFixtures.queuedMail(em, "letters@advocacyhub.localhost", email, "Letter from " + first + " " + last);
        long countBefore = signatures(petition);
        assertFalse(placesHolding(List.of(email, first, last)).isEmpty(), "the fixtures hold the person");

        String key = pages.key(me);
        given().get("/my-data/" + key + "/erase").then().statusCode(200).body(containsString("cannot be undone"));
        Forms.open("/my-data/" + key + "/erase").form().post("/my-data/" + key + "/erase")
                .then().statusCode(400).body(containsString("Tick the box"));
        assertEquals(email, emailOf(me), "nothing erased without the box ticked");
        Forms.open("/my-data/" + key + "/erase").form().formParam("confirm", "yes").post("/my-data/" + key + "/erase")
                .then().statusCode(303).header("Location", containsString("/my-data/erased"));

        assertEquals(List.of(), placesHolding(List.of(email, first, last)));
        assertEquals(countBefore, signatures(petition), "the signature still counts");
        given().get("/my-data/" + key).then().statusCode(404);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT reason, rows_changed FROM erasure_log ORDER BY id DESC LIMIT 1")) {
            rs.next();
            assertEquals("SELF", rs.getString(1));
            assertTrue(rs.getInt(2) >= 6, "rows changed: " + rs.getInt(2));
        }
    }

    @Test
    @TestSecurity(user = "mydata-signed-in", roles = "volunteer")
    void aSignedInPersonGoesStraightToTheirRecord() {
        long id = PrivacyFixtures.linked("mydata-signed-in", PrivacyFixtures.unique("signedin") + "@example.org");
        Response r = given().redirects().follow(false).get("/my-data");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").contains("/my-data/" + id + "."), r.header("Location"));
    }

    @Test
    @TestSecurity(user = "mydata-nobody", roles = "volunteer")
    void aSignedInPersonWithNothingStoredIsToldSo() {
        given().get("/my-data").then().statusCode(200).body(containsString("We hold nothing about you"));
    }

    /** Every text column of every table that holds one of the strings, as "table.column". */
    static List<String> placesHolding(List<String> needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
                    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                      AND c.data_type IN ('text', 'character varying', 'character')
                    """)) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] col : columns) {
                for (String needle : needles) {
                    try (var ps = c.prepareStatement("SELECT count(*) FROM \"" + col[0] + "\" WHERE position(lower(?) in lower(\""
                            + col[1] + "\"::text)) > 0")) {
                        ps.setString(1, needle);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(col[0] + "." + col[1] + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    static long signatures(long petitionId) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM signature WHERE petition_id = " + petitionId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String lastName(long id) {
        return column(id, "last_name");
    }

    private static String emailOf(long id) {
        return column(id, "email");
    }

    private static String column(long id, String column) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + " FROM supporter WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
