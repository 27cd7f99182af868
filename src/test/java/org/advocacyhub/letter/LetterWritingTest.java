package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The three steps over HTTP, without an account: finding the legislators, the letters, sending. */
@QuarkusTest
class LetterWritingTest {

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    private static final Pattern LEGISLATOR = Pattern.compile("name=\"legislator\" value=\"([A-Z0-9]+)\"");
    private static final Pattern SUBJECT = Pattern.compile("id=\"subject-\\d\" name=\"subject\" type=\"text\" value=\"([^\"]*)\"");
    private static final Pattern BODY = Pattern.compile("name=\"body\" rows=\"14\"[^>]*>([^<]*)</textarea>");

    /** What step 2 shows: the legislators and the letter filled in for each. */
    record Letters(List<String> ids, List<String> subjects, List<String> bodies) {
    }

    static Letters letters(String html) {
        return new Letters(all(LEGISLATOR, html), all(SUBJECT, html), all(BODY, html));
    }

    static List<String> all(Pattern p, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return found;
    }

    static Response step(Forms.Page page, String path, Map<String, String> writer, Letters letters) {
        var request = page.form().formParams(writer);
        if (letters != null) {
            request.formParam("legislator", letters.ids().toArray())
                    .formParam("subject", letters.subjects().toArray())
                    .formParam("body", letters.bodies().toArray());
        }
        return request.post(path);
    }

    @Test
    void vermontHasTwoSenatorsAndOneRepresentativeEachWithTheirOwnLetterFilledIn() {
        LetterCampaign c = LetterFixtures.open("Vermont research letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Response r = step(page, "/letters/" + c.slug + "/write", LetterFixtures.writer("vt.writer@example.net", "05401"), null);
        r.then().statusCode(200).body(containsString("Senator Bernard Sanders"))
                .body(containsString("Senator Peter Welch")).body(containsString("Representative Becca Balint"));
        Letters letters = letters(r.asString());
        assertEquals(List.of("S000033", "W000800", "B001318"), letters.ids());
        assertEquals("Alex asks Senator Sanders to fund MS research", letters.subjects().get(0));
        assertEquals("""
                Dear Representative Balint,

                I am Alex Moreau from Burlington, VT 05401.
                Please fund MS research, Becca Balint.""", letters.bodies().get(2));
        for (String text : letters.bodies()) {
            assertFalse(text.contains("{") || text.contains("}"), "a placeholder is left: " + text);
        }
    }

    @Test
    void aZipInTwoDistrictsOffersBothRepresentativesAndThePickedOneGetsTheLetter() {
        LetterCampaign c = LetterFixtures.open("Manhattan letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("ny.writer@example.net", "10001");
        writer.put("city", "New York");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(200)
                .body(containsString("Which district do you live in?"))
                .body(containsString("value=\"NY-10\"")).body(containsString("Daniel S. Goldman"))
                .body(containsString("value=\"NY-12\"")).body(containsString("Jerrold Nadler"))
                .body(containsString("Find your representative"));
        writer.put("district", "NY-99");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(400)
                .body(containsString("id=\"district-error\""));
        writer.put("district", "NY-12");
        Response r = step(page, "/letters/" + c.slug + "/write", writer, null);
        r.then().statusCode(200).body(containsString("Jerrold Nadler")).body(not(containsString("Goldman")));
        assertEquals(List.of("G000555", "S000148", "N000002"), letters(r.asString()).ids());
    }

    @Test
    void anUnknownZipIsSaidBesideTheFieldWithTheDetailsKept() {
        LetterCampaign c = LetterFixtures.open("Unknown ZIP letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        step(page, "/letters/" + c.slug + "/write", LetterFixtures.writer("nowhere@example.net", "00000"), null)
                .then().statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"zip-error\"><span class=\"visually-hidden\">Error: </span>We do not know the ZIP code 00000."))
                .body(containsString("value=\"nowhere@example.net\""))
                .body(containsString("value=\"Burlington\""));
    }

    @Test
    void editsAreKeptThroughTheLastStepAndSentAsTyped() {
        LetterCampaign c = LetterFixtures.open("Edited letters", Targets.SENATE);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("editor@example.net", "05401");
        Letters letters = letters(step(page, "/letters/" + c.slug + "/write", writer, null).asString());
        assertEquals(2, letters.ids().size());
        String mine = "Dear Senator Welch,\n\nMy sister has MS. \"Research\" gave her back her walks & her work.\n\nAlex";
        letters.bodies().set(1, mine);
        letters.subjects().set(1, "From a sister in Burlington");

        Response review = step(page, "/letters/" + c.slug + "/review", writer, letters);
        review.then().statusCode(200).body(containsString("Check your letters"))
                .body(containsString("&quot;Research&quot; gave her back her walks &amp; her work."));
        // "Change my letters" brings the page back with the edit, not the campaign's text.
        Letters back = letters(step(page, "/letters/" + c.slug + "/write", writer, letters).asString());
        assertTrue(back.bodies().get(1).contains("My sister has MS."), back.bodies().get(1));

        step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(303)
                .header("Location", containsString("/letters/" + c.slug + "/thanks"));
        List<Letter> sent = LetterFixtures.letters(c);
        assertEquals(2, sent.size());
        assertEquals(mine, sent.get(1).body);
        assertEquals("From a sister in Burlington", sent.get(1).subject);
        assertEquals("Welch", sent.get(1).legislator.lastName);
        assertTrue(sent.get(0).body.startsWith("Dear Senator Sanders,"), sent.get(0).body);

        // Sending again (a double click, a second tab) makes no second letter.
        step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(303);
        assertEquals(2, LetterFixtures.letters(c).size());
    }

    @Test
    void htmlOrATooLongLetterGetsAMessageBesideItWithTheTextKeptAndNothingStored() {
        LetterCampaign c = LetterFixtures.open("Refused letters", Targets.HOUSE);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("refused@example.net", "05401");
        Letters letters = letters(step(page, "/letters/" + c.slug + "/write", writer, null).asString());
        assertEquals(List.of("B001318"), letters.ids());

        letters.bodies().set(0, "Please <b>act</b> now <script>alert(1)</script>");
        step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(400)
                .body(containsString("id=\"body-0-error\""))
                .body(containsString("as plain text, without HTML tags"))
                .body(containsString("Please &lt;b&gt;act&lt;/b&gt; now &lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert")));

        letters.bodies().set(0, "x".repeat(LetterText.BODY_MAX + 1));
        step(page, "/letters/" + c.slug + "/review", writer, letters).then().statusCode(400)
                .body(containsString("id=\"body-0-error\""))
                .body(containsString("must be 5,000 characters or fewer; it has 5,001"))
                .body(containsString("x".repeat(LetterText.BODY_MAX + 1)));
        assertTrue(LetterFixtures.letters(c).isEmpty());
    }

    @Test
    void draftsAndUnknownCampaignsAreNotFoundAndOpenOnesAreListed() {
        LetterCampaign c = LetterFixtures.open("Listed letters", Targets.BOTH);
        given().get("/letters").then().statusCode(200).body(containsString("Listed letters"));
        given().get("/letters/no-such-campaign").then().statusCode(404);
        // Through the entity, as the app changes a campaign: the public pages, kept a few seconds, hear of it.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                LetterCampaign.<LetterCampaign>findById(c.id).status = CampaignStatus.DRAFT);
        given().get("/letters/" + c.slug).then().statusCode(404);
        given().get("/letters").then().body(not(containsString("Listed letters")));
    }

    @Test
    void manySendsForOneAddressInAFewMinutesGetAPolitePageAndSendNothing() {
        LetterCampaign c = LetterFixtures.open("Rate limited letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("busy.writer@example.net", "05401");
        Letters letters = letters(step(page, "/letters/" + c.slug + "/write", writer, null).asString());
        for (int i = 0; i < 5; i++) {
            step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(303);
        }
        step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(429)
                .body(containsString("Please wait ten minutes"));
        assertEquals(3, LetterFixtures.letters(c).size(), "the first send wrote three letters, the others nothing");
    }
}
