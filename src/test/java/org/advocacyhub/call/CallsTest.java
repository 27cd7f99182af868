package org.advocacyhub.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Calling without an account over HTTP, on the real database: scripts, numbers, outcomes counted once. */
@QuarkusTest
class CallsTest {

    private static final Pattern CALLER = Pattern.compile("name=\"caller\" value=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<div class=\"user-text letter-text\">([^<]*)</div>");

    @AfterAll
    static void closeCampaigns() {
        CallFixtures.closeAll();
    }

    static Response call(Forms.Page page, CallCampaign c, Map<String, String> caller, String ip) {
        return page.form().header("X-Forwarded-For", ip).formParams(caller).post("/calls/" + c.slug + "/call");
    }

    static Response outcome(Forms.Page page, CallCampaign c, Map<String, String> caller, String bioguide, String outcome, String ip) {
        Map<String, String> f = new HashMap<>(caller);
        f.put("legislator", bioguide);
        if (outcome != null) {
            f.put("outcome", outcome);
        }
        return page.form().header("X-Forwarded-For", ip).formParams(f).post("/calls/" + c.slug + "/outcome");
    }

    @Test
    void vermontCallersSeeEveryPlaceholderFilledAndBigTelLinks() {
        CallCampaign c = CallFixtures.open("Vermont calls for MS research", Targets.BOTH);
        Forms.Page page = Forms.open("/calls/" + c.slug);
        Response r = call(page, c, CallFixtures.caller("05401"), Visitors.nextIp());
        r.then().statusCode(200).body(containsString("Senator Bernard Sanders")).body(containsString("Representative Becca Balint"))
                .body(containsString("href=\"tel:+1"));
        Matcher m = SCRIPT.matcher(r.asString());
        int scripts = 0;
        while (m.find()) {
            String script = m.group(1).replace("&#39;", "'");
            scripts++;
            assertFalse(script.contains("{") || script.contains("}"), "a placeholder is left: " + script);
            assertTrue(script.contains("my name is Robin from Burlington, VT"), script);
        }
        assertEquals(3, scripts);
        assertTrue(r.asString().contains("Please tell Senator Bernard Sanders (Bernard Sanders) to fund MS research."), r.asString());
    }

    @Test
    void aScriptWithAnUnknownPlaceholderIsRefusedAndAFilledScriptHasNoneLeft() {
        Legislator welch = QuarkusTransaction.requiringNew().call(() -> Legislator.<Legislator>find("bioguideId", "W000800").firstResult());
        String filled = CallScript.fill(CallFixtures.SCRIPT, welch, new CallScript.Caller("Ana", "Montpelier"));
        assertEquals("""
                Hello, my name is Ana from Montpelier, VT.
                Please tell Senator Peter Welch (Peter Welch) to fund MS research.""", filled);
        assertEquals(List.of("{caller.zip}"), CallScript.unknownPlaceholders("Hi {caller.firstName} {caller.zip}"));
        // A value that looks like a placeholder stays as typed: one pass only.
        assertEquals("Hello, my name is {legislator.title} from x, VT.\nPlease tell Senator Peter Welch (Peter Welch) to fund MS research.",
                CallScript.fill(CallFixtures.SCRIPT, welch, new CallScript.Caller("{legislator.title}", "x")));
    }

    @Test
    void theNearestOfThreeOfficesIsTheNearest() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Legislator.getEntityManager();
            em.createNativeQuery("DELETE FROM district_office WHERE bioguide_id = 'TEST0NEAR'").executeUpdate();
            // Burlington, VT (05401) is at 44.476, -73.210: Montpelier is about 35 miles, Rutland about 65, Boston about 180.
            for (Object[] o : new Object[][] {{"TEST0NEAR-rutland", "Rutland", 43.6106, -72.9726, "802-555-0101"},
                    {"TEST0NEAR-montpelier", "Montpelier", 44.2601, -72.5754, "802-555-0102"},
                    {"TEST0NEAR-boston", "Boston", 42.3601, -71.0589, "617-555-0103"}}) {
                em.createNativeQuery("""
                        INSERT INTO district_office (office_id, bioguide_id, address, city, state, zip, phone, latitude, longitude)
                        VALUES (?1, 'TEST0NEAR', '1 Main St', ?2, 'VT', '05000', ?5, ?3, ?4)""")
                        .setParameter(1, o[0]).setParameter(2, o[1]).setParameter(3, o[2]).setParameter(4, o[3]).setParameter(5, o[4])
                        .executeUpdate();
            }
        });
        Legislator someone = new Legislator();
        someone.bioguideId = "TEST0NEAR";
        DistrictOffices.Nearest nearest = QuarkusTransaction.requiringNew().call(() -> DistrictOffices.nearest(someone, "05401")).orElseThrow();
        assertEquals("TEST0NEAR-montpelier", nearest.office().id());
        assertTrue(nearest.miles() > 25 && nearest.miles() < 45, "about 35 miles: " + nearest.miles());
        assertEquals("+18025550102", nearest.office().getTel());
    }

    @Test
    void theBundledDistrictOfficesAreLoadedOnce() {
        long offices = QuarkusTransaction.requiringNew().call(() -> ((Number) Legislator.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM district_office WHERE bioguide_id <> 'TEST0NEAR'").getSingleResult()).longValue());
        assertTrue(offices > 1200, "the bundled offices: " + offices);
        // Balint's offices are in Vermont: the local number shown for 05401 is one of them.
        Legislator balint = QuarkusTransaction.requiringNew().call(() -> Legislator.<Legislator>find("bioguideId", "B001318").firstResult());
        var nearest = QuarkusTransaction.requiringNew().call(() -> DistrictOffices.nearest(balint, "05401"));
        assertTrue(nearest.isPresent());
        assertEquals("VT", nearest.get().office().state().strip());
    }

    @Test
    void oneCallIsRecordedPerCallerLegislatorAndDayAndCountsEqualTheRows() {
        CallCampaign c = CallFixtures.open("Counted calls", Targets.BOTH);
        Forms.Page page = Forms.open("/calls/" + c.slug);
        String ip = Visitors.nextIp();
        Map<String, String> caller = CallFixtures.caller("05401");
        Response shown = call(page, c, caller, ip);
        Matcher m = CALLER.matcher(shown.asString());
        assertTrue(m.find(), "the page carries the caller's signed id");
        caller.put("caller", m.group(1));

        outcome(page, c, caller, "S000033", "SPOKE_TO_STAFF", ip).then().statusCode(200)
                .body(containsString("We have counted your call to Senator Sanders: I spoke to someone in the office."));
        // The same caller again, the same day, another answer: still one call.
        outcome(page, c, caller, "S000033", "NO_ANSWER", ip).then().statusCode(200);
        assertEquals(1, CallFixtures.rows(c));
        outcome(page, c, caller, "W000800", "LEFT_VOICEMAIL", ip).then().statusCode(200);
        assertEquals(2, CallFixtures.rows(c));

        // Another person (no caller id: a fresh one), and one who gives an e-mail address.
        Map<String, String> other = CallFixtures.caller("05401");
        outcome(Forms.open("/calls/" + c.slug), c, other, "S000033", "LEFT_VOICEMAIL", Visitors.nextIp()).then().statusCode(200);
        Map<String, String> withEmail = CallFixtures.caller("05401");
        withEmail.put("email", "Caller.One@example.net");
        outcome(Forms.open("/calls/" + c.slug), c, withEmail, "B001318", "NO_ANSWER", Visitors.nextIp()).then().statusCode(200);
        withEmail.put("email", "caller.one@example.net ");
        outcome(Forms.open("/calls/" + c.slug), c, withEmail, "B001318", "SPOKE_TO_STAFF", Visitors.nextIp()).then().statusCode(200);
        assertEquals(4, CallFixtures.rows(c));

        Call.Tally total = QuarkusTransaction.requiringNew().call(() -> Call.total(c));
        assertEquals(CallFixtures.rows(c), total.getTotal());
        for (CallOutcome o : CallOutcome.values()) {
            long rows = QuarkusTransaction.requiringNew().call(() -> Call.count("campaign.id = ?1 and outcome = ?2", c.id, o));
            assertEquals(rows, total.get(o), o.name());
        }
        assertEquals(1, total.getSpoke());
        assertEquals(2, total.getVoicemail());
        assertEquals(1, total.getNoAnswer());
        // No e-mail address in the table, only keyed hashes.
        long plain = QuarkusTransaction.requiringNew().call(() -> Call.count("campaign.id = ?1 and callerKey like '%@%'", c.id));
        assertEquals(0, plain);
    }

    @Test
    void aCallIsCountedOnlyWithAnOutcomeForOneOfTheCallersOwnLegislators() {
        CallCampaign c = CallFixtures.open("Careful calls", Targets.BOTH);
        Forms.Page page = Forms.open("/calls/" + c.slug);
        Map<String, String> caller = CallFixtures.caller("05401");
        outcome(page, c, caller, "S000033", null, Visitors.nextIp()).then().statusCode(400)
                .body(containsString("Tell us how your call to Senator Sanders went"));
        // Schumer is not a Vermont caller's senator.
        outcome(page, c, caller, "S000148", "SPOKE_TO_STAFF", Visitors.nextIp()).then().statusCode(400);
        assertEquals(0, CallFixtures.rows(c));
    }

    @Test
    void robotsAreNotCounted() {
        CallCampaign c = CallFixtures.open("Robot calls", Targets.SENATE);
        Forms.Page page = Forms.open("/calls/" + c.slug);
        Map<String, String> caller = CallFixtures.caller("05401");
        caller.put("website", "http://spam.example");
        outcome(page, c, caller, "S000033", "SPOKE_TO_STAFF", Visitors.nextIp()).then().statusCode(400)
                .body(containsString("looked automatic"));
        Map<String, String> fast = CallFixtures.caller("05401");
        fast.put("started", "123.forged");
        outcome(page, c, fast, "S000033", "SPOKE_TO_STAFF", Visitors.nextIp()).then().statusCode(400);
        assertEquals(0, CallFixtures.rows(c));
    }

    @Test
    void aSplitZipAsksForTheDistrictFirst() {
        CallCampaign c = CallFixtures.open("New York calls", Targets.BOTH);
        Forms.Page page = Forms.open("/calls/" + c.slug);
        Map<String, String> caller = CallFixtures.caller("10001");
        call(page, c, caller, Visitors.nextIp()).then().statusCode(200)
                .body(containsString("Which district do you live in?")).body(containsString("NY-12"))
                .body(not(containsString("tel:")));
        caller.put("district", "NY-12");
        call(page, c, caller, Visitors.nextIp()).then().statusCode(200)
                .body(containsString("Jerrold Nadler")).body(containsString("Charles E. Schumer")).body(containsString("Step 2 of 2"))
                .body(not(containsString("Daniel S. Goldman")));
    }

    @Test
    @TestSecurity(user = "vol", roles = "volunteer")
    void aVolunteerGets403OnTheCoordinatorsCallPages() {
        CallCampaign c = CallFixtures.open("Volunteer-proof calls", Targets.BOTH);
        for (String path : List.of("/coordinator/calls", "/coordinator/calls/new", "/coordinator/calls/" + c.id,
                "/coordinator/calls/" + c.id + "/edit", "/coordinator/calls/" + c.id + "/calls.csv")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }
}
