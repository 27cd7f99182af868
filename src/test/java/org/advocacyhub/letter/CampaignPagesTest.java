package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Coordinators make campaigns: bad templates are refused beside the field, previews, status, results. */
@QuarkusTest
@TestSecurity(user = "coord", roles = "coordinator")
class CampaignPagesTest {

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    static Map<String, String> campaign(String title, String body) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("slug", "");
        f.put("intro", "Write to Congress about MS research.");
        f.put("talkingPoints", "");
        f.put("chambers", "BOTH");
        f.put("subjectTemplate", "Fund MS research, {legislator.title} {legislator.lastName}");
        f.put("bodyTemplate", body);
        f.put("action", "save");
        return f;
    }

    static long campaigns(String title) {
        return QuarkusTransaction.requiringNew().call(() -> LetterCampaign.count("title", title));
    }

    @Test
    void anUnknownPlaceholderHtmlOrATooLongBodyIsRefusedBesideTheFieldWithTheTextKeptAndNothingStored() {
        Forms.Page page = Forms.open("/coordinator/letters/new");
        page.form().formParams(campaign("Bad placeholder campaign", "Dear {legislator.nickname}, from {supporter.city}"))
                .post("/coordinator/letters/new").then().statusCode(400)
                .body(containsString("id=\"bodyTemplate-error\""))
                .body(containsString("We do not know the placeholder {legislator.nickname}."))
                .body(containsString(">Dear {legislator.nickname}, from {supporter.city}</textarea>"))
                .body(containsString("value=\"Bad placeholder campaign\""));
        assertEquals(0, campaigns("Bad placeholder campaign"));

        page.form().formParams(campaign("HTML campaign", "Dear {legislator.title},<p>Please <img src=x onerror=alert(1)>"))
                .post("/coordinator/letters/new").then().statusCode(400)
                .body(containsString("id=\"bodyTemplate-error\""))
                .body(containsString("Letter must be plain text."))
                .body(containsString("&lt;img src=x onerror=alert(1)&gt;"))
                .body(not(containsString("<img src=x")));
        assertEquals(0, campaigns("HTML campaign"));

        page.form().formParams(campaign("Long campaign", "y".repeat(LetterText.BODY_TEMPLATE_MAX + 1)))
                .post("/coordinator/letters/new").then().statusCode(400)
                .body(containsString("id=\"bodyTemplate-error\""))
                .body(containsString("Letter must be 4,000 characters or fewer; it has 4,001"));
        assertEquals(0, campaigns("Long campaign"));
    }

    @Test
    void previewFillsTheLetterForASampleSupporterWithoutSaving() {
        Forms.Page page = Forms.open("/coordinator/letters/new");
        Map<String, String> form = campaign("Previewed campaign", "Dear {legislator.title} {legislator.lastName}, from {supporter.firstName} of {supporter.city}");
        form.put("action", "preview");
        page.form().formParams(form).post("/coordinator/letters/new").then().statusCode(200)
                .body(containsString("Dear Senator Sanders, from Sam of Burlington"))
                .body(containsString("Dear Representative Balint, from Sam of Burlington"))
                .body(containsString("Fund MS research, Representative Balint"));
        assertEquals(0, campaigns("Previewed campaign"));
    }

    @Test
    void aCampaignIsCreatedOpenedWrittenToClosedAndItsResultsExported() {
        Forms.Page page = Forms.open("/coordinator/letters/new");
        String location = page.form().formParams(campaign("Results campaign", LetterFixtures.BODY))
                .post("/coordinator/letters/new").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        LetterCampaign c = QuarkusTransaction.requiringNew().call(() -> LetterCampaign.<LetterCampaign>findById(id));
        assertEquals("results-campaign", c.slug);
        assertEquals(CampaignStatus.DRAFT, c.status);
        given().get("/letters/results-campaign").then().statusCode(404);

        page.form().formParam("to", "OPEN").post("/coordinator/letters/" + id + "/status").then().statusCode(303);
        Forms.Page writing = Forms.open("/letters/results-campaign");
        var writer = LetterFixtures.writer("results@example.net", "05401");
        LetterWritingTest.Letters letters = LetterWritingTest.letters(
                LetterWritingTest.step(writing, "/letters/results-campaign/write", writer, null).asString());
        LetterWritingTest.step(writing, "/letters/results-campaign/send", writer, letters).then().statusCode(303);

        given().get("/coordinator/letters/" + id).then().statusCode(200)
                .body(containsString("<strong>3</strong> letters written"))
                .body(containsString("<th scope=\"row\">VT</th><td>3</td>"))
                .body(containsString("<th scope=\"row\">Senator Bernard Sanders (VT)</th><td>1</td>"))
                .body(containsString("<th scope=\"row\">Becca Balint (VT-0)</th><td>1</td>"));
        String csv = given().get("/coordinator/letters/" + id + "/letters.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals(4, csv.split("\r\n").length, csv);
        assertTrue(csv.contains(",\"Becca Balint\",\"B001318\",\"House of Representatives\",\"VT\",0,"), csv);

        page.form().formParam("to", "CLOSED").post("/coordinator/letters/" + id + "/status").then().statusCode(303);
        page.form().formParam("to", "OPEN").post("/coordinator/letters/" + id + "/status").then().statusCode(400);
        given().get("/letters/results-campaign").then().statusCode(200).body(containsString("This campaign is closed"));
        LetterWritingTest.step(writing, "/letters/results-campaign/send", writer, letters).then().statusCode(404);
    }
}
