package org.advocacyhub.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import org.advocacyhub.api.ApiAccessFilter;
import org.advocacyhub.api.ApiKey;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Coordinators' call campaigns: the form, opening, results with CSV, the overview's figure, the OSDI API, Spanish. */
@QuarkusTest
class CallCampaignPagesTest {

    @AfterAll
    static void closeCampaigns() {
        CallFixtures.closeAll();
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void aCoordinatorWritesPreviewsOpensAndSeesTheResults() {
        Forms.Page page = Forms.open("/coordinator/calls/new");
        page.form().formParam("title", "Call for the MS budget").formParam("why", "The vote is next week.")
                .formParam("chambers", "BOTH").formParam("script", "Hi {legislator.title} {caller.zip}").formParam("action", "save")
                .post("/coordinator/calls/new").then().statusCode(400)
                .body(containsString("We do not know the placeholder {caller.zip}"))
                .body(containsString("The vote is next week."));
        page.form().formParam("title", "Call for the MS budget").formParam("why", "The vote is next week.")
                .formParam("chambers", "BOTH").formParam("script", "Hi {legislator.title} {legislator.lastName}, I am {caller.firstName}.")
                .formParam("action", "preview")
                .post("/coordinator/calls/new").then().statusCode(200).body(containsString("Hi Senator Sanders, I am Sam."));
        String location = page.form().formParam("title", "Call for the MS budget").formParam("why", "The vote is next week.")
                .formParam("chambers", "SENATE").formParam("script", "Hi {legislator.title} {legislator.lastName}, I am {caller.firstName}.")
                .formParam("action", "save").post("/coordinator/calls/new").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().get("/calls/call-for-the-ms-budget").then().statusCode(404);
        page.form().formParam("to", "OPEN").post("/coordinator/calls/" + id + "/status").then().statusCode(303);
        given().get("/calls").then().statusCode(200).body(containsString("Call for the MS budget"));

        CallCampaign c = QuarkusTransaction.requiringNew().call(() -> CallCampaign.findById(id));
        QuarkusTransaction.requiringNew().run(() -> {
            CallCampaign campaign = CallCampaign.findById(id);
            Legislator sanders = Legislator.find("bioguideId", "S000033").firstResult();
            Legislator welch = Legislator.find("bioguideId", "W000800").firstResult();
            Call.record(campaign, sanders, "k1", CallOutcome.SPOKE_TO_STAFF, LocalDate.now());
            Call.record(campaign, welch, "k1", CallOutcome.NO_ANSWER, LocalDate.now());
            Call.record(campaign, sanders, "k2", CallOutcome.SPOKE_TO_STAFF, LocalDate.now());
        });
        given().get("/coordinator/calls/" + id).then().statusCode(200)
                .body(containsString("<strong>3</strong> calls made"))
                .body(containsString("<th scope=\"row\">I spoke to someone in the office</th><td>2</td>"))
                .body(containsString("<th scope=\"row\">Senator Bernard Sanders (VT)</th><td>2</td><td>2</td><td>0</td><td>0</td>"))
                .body(containsString("<th scope=\"row\">VT</th><td>3</td><td>2</td><td>0</td><td>1</td>"))
                .body(containsString("<svg class=\"chart\""));
        String csv = given().get("/coordinator/calls/" + id + "/calls.csv").then().statusCode(200).extract().asString();
        assertEquals(4, csv.split("\r\n").length, csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("\"Bernard Sanders\",\"S000033\"") && l.endsWith("\"Spoke to staff\"")), csv);
        assertEquals(2, csv.lines().filter(l -> l.endsWith("\"Spoke to staff\"")).count(), csv);
        given().get("/coordinator").then().statusCode(200).body(containsString("Calls made"))
                .body(containsString("href=\"/coordinator/calls\""));
        assertEquals(c.slug, "call-for-the-ms-budget");
    }

    @Test
    void theApiListsCallCampaignsAndTheirCallsAsPhoneOutreaches() {
        CallCampaign c = CallFixtures.open("API calls", Targets.SENATE);
        QuarkusTransaction.requiringNew().run(() -> Call.record(CallCampaign.findById(c.id),
                Legislator.find("bioguideId", "W000800").firstResult(), "api-caller", CallOutcome.LEFT_VOICEMAIL, LocalDate.now()));
        String key = QuarkusTransaction.requiringNew().call(() -> ApiKey.issue("calls api " + System.nanoTime(), "test", false, false).key());
        given().header(ApiAccessFilter.KEY_HEADER, key).get("/api/v1/advocacy_campaigns/calls/" + c.id).then().statusCode(200)
                .body("type", equalTo("phone")).body("total_outreaches", equalTo(1)).body("identifiers[0]", equalTo("advocacyhub:call-campaign-" + c.id));
        given().header(ApiAccessFilter.KEY_HEADER, key).get("/api/v1/advocacy_campaigns/calls/" + c.id + "/outreaches").then().statusCode(200)
                .body("_embedded.'osdi:outreaches'[0].type", equalTo("phone"))
                .body("_embedded.'osdi:outreaches'[0].message", equalTo("Left a voicemail"))
                .body("_embedded.'osdi:outreaches'[0].targets[0].seat", equalTo("VT"));
    }

    @Test
    void callersReadItInSpanish() {
        CallCampaign c = CallFixtures.open("Llamadas en español", Targets.SENATE);
        given().header("Accept-Language", "es").get("/calls/" + c.slug).then().statusCode(200)
                .body(containsString("<html lang=\"es\">")).body(containsString("Paso 1 de 2: Quién llama"));
        Forms.Page page = Forms.open("/calls/" + c.slug);
        page.form().header("Accept-Language", "es").header("X-Forwarded-For", Visitors.nextIp()).formParams(CallFixtures.caller("05401"))
                .post("/calls/" + c.slug + "/call").then().statusCode(200)
                .body(containsString("Llamar a Washington, DC: 202-224"))
                .body(containsString("Hablé con alguien de la oficina"))
                .body(containsString("Paso 2 de 2: Llama y cuéntanos cómo te fue"));
    }
}
