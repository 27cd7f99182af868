package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 for letters: each delivery route ends in its own status, lobby-day PDFs read back with
 * PDFBox, one paragraph typed once for every letter, one step counter per page.
 */
@QuarkusTest
class LetterRoutesTest {

    @InjectMailServer
    GreenMail smtp;

    @Inject
    OutboxSender sender;

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    /** Writes the campaign's letters from a Vermont supporter, with the route chosen on the review page. */
    static Response send(LetterCampaign c, String email, String delivery) {
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer(email, "05401");
        LetterWritingTest.Letters letters = LetterWritingTest.letters(
                LetterWritingTest.step(page, "/letters/" + c.slug + "/write", writer, null).asString());
        writer.put("delivery", delivery);
        return LetterWritingTest.step(page, "/letters/" + c.slug + "/send", writer, letters);
    }

    static Map<String, LetterStatus> statuses(LetterCampaign c) {
        return QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>list("campaign.id", c.id).stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.legislator.bioguideId + ":" + l.route, l -> l.status)));
    }

    @Test
    void weSendThemByEmailToTheOfficeWhereWeHaveItsAddressElseToTheDeliveryInboxAndSentOnlyOnceSent() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> Legislator.update("email = 'welch.office@example.org' where bioguideId = 'W000800'"));
        try {
            LetterCampaign c = LetterFixtures.open("Routes by e-mail", Targets.BOTH);
            send(c, "routes.email@example.net", "SEND").then().statusCode(303);
            // Queued, never "sent" before the mail server took it.
            assertEquals(Map.of("W000800:EMAIL_OFFICE", LetterStatus.QUEUED, "S000033:DELIVERY_INBOX", LetterStatus.QUEUED,
                    "B001318:DELIVERY_INBOX", LetterStatus.QUEUED), statuses(c));
            Mailbox.deliverAll(sender);
            assertEquals(Map.of("W000800:EMAIL_OFFICE", LetterStatus.SENT, "S000033:DELIVERY_INBOX", LetterStatus.SENT,
                    "B001318:DELIVERY_INBOX", LetterStatus.SENT), statuses(c));
            assertEquals(1, Mailbox.to(smtp, "welch.office@example.org").size());
            List<Letter.RouteTally> byRoute = QuarkusTransaction.requiringNew().call(() -> Letter.byRoute(c));
            assertEquals(List.of(new Letter.RouteTally(DeliveryRoute.EMAIL_OFFICE, 1, 1, 0),
                    new Letter.RouteTally(DeliveryRoute.DELIVERY_INBOX, 2, 2, 0),
                    new Letter.RouteTally(DeliveryRoute.CONTACT_FORM, 0, 0, 0), new Letter.RouteTally(DeliveryRoute.PRINT, 0, 0, 0)),
                    byRoute);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Legislator.update("email = null where bioguideId = 'W000800'"));
        }
    }

    @Test
    void throughTheContactFormTheSupporterSaysISentItAndNothingIsEmailedToAnOffice() {
        LetterCampaign c = LetterFixtures.open("Routes by contact form", Targets.SENATE);
        Response sent = send(c, "routes.form@example.net", "CONTACT_FORM");
        sent.then().statusCode(303);
        assertEquals(Map.of("S000033:CONTACT_FORM", LetterStatus.WITH_SUPPORTER, "W000800:CONTACT_FORM", LetterStatus.WITH_SUPPORTER),
                statuses(c));
        String first = sent.header("Location");
        assertTrue(first.contains("/deliver/"), first);
        Forms.Page deliver = Forms.open(first);
        String html = deliver.response().asString();
        assertTrue(html.contains("href=\"https://www.sanders.senate.gov/contact/\"") || html.contains("sanders.senate.gov"), html);
        assertTrue(html.contains("Alex Moreau\nBurlington, VT 05401"), "the letter ends with name and town, ready to copy");
        assertFalse(html.contains("routes.form@example.net</textarea>"), "no e-mail address in the text to paste");
        Matcher t = Pattern.compile("name=\"t\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(t.find());
        String path = first.substring(first.indexOf("/letters/"), first.indexOf('?'));
        Response next = deliver.form().formParam("t", t.group(1)).post(path);
        next.then().statusCode(303).header("Location", containsString("/deliver/"));
        Forms.Page second = Forms.open(next.header("Location"));
        Matcher t2 = Pattern.compile("name=\"t\" value=\"([^\"]+)\"").matcher(second.response().asString());
        assertTrue(t2.find());
        String next2 = next.header("Location");
        second.form().formParam("t", t2.group(1)).post(next2.substring(next2.indexOf("/letters/"), next2.indexOf('?')))
                .then().statusCode(303).header("Location", containsString("/thanks"));
        assertEquals(Map.of("S000033:CONTACT_FORM", LetterStatus.SENT_BY_SUPPORTER, "W000800:CONTACT_FORM", LetterStatus.SENT_BY_SUPPORTER),
                statuses(c));
        // A wrong token opens nothing.
        given().get(path + "?t=wrong").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void printedLettersBecomePrintedInAPdfWithOnePagePerLetterAndNoEmailAddress() throws Exception {
        LetterCampaign c = LetterFixtures.open("Routes for print", Targets.BOTH);
        send(c, "routes.print@example.net", "PRINT").then().statusCode(303);
        send(c, "routes.print2@example.net", "SEND").then().statusCode(303);
        Map<String, LetterStatus> before = statuses(c);
        assertEquals(LetterStatus.TO_PRINT, before.get("S000033:PRINT"));
        // A letter with Spanish and a character Helvetica cannot print must not break the file.
        QuarkusTransaction.requiringNew().run(() -> Letter.update(
                "body = ?1 where campaign.id = ?2 and route = ?3 and legislator.bioguideId = 'S000033'",
                "¿Sabías que mañana votan? Señor, por favor 🙂 ayúdenos. ¡Gracias!", c.id, DeliveryRoute.PRINT));

        byte[] pdf = given().get("/coordinator/letters/" + c.id + "/lobby-day.pdf?state=VT").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(6 + 1, doc.getNumberOfPages(), "a cover and one page per letter");
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("@"), "no e-mail address in the printed letters: " + text);
            assertTrue(text.contains("Routes for print"));
            assertTrue(text.contains("6 letters, one per page"), text);
            assertTrue(text.contains("¿Sabías que mañana votan? Señor, por favor ? ayúdenos. ¡Gracias!"), text);
            assertTrue(text.contains("Burlington, VT 05401"));
        }
        Map<String, LetterStatus> after = statuses(c);
        assertEquals(LetterStatus.PRINTED, after.get("S000033:PRINT"));
        assertEquals(LetterStatus.PRINTED, after.get("B001318:PRINT"));
        assertEquals(LetterStatus.QUEUED, after.get("S000033:DELIVERY_INBOX"), "the e-mailed letters keep their own status");

        byte[] one = given().get("/coordinator/letters/" + c.id + "/lobby-day.pdf?legislator=B001318").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(one)) {
            assertEquals(2 + 1, doc.getNumberOfPages());
        }
        page(c).then().statusCode(200).body(containsString("Printed for hand delivery</th><td>3</td><td>3</td>"));
    }

    static Response page(LetterCampaign c) {
        return given().get("/coordinator/letters/" + c.id);
    }

    @Test
    void oneParagraphTypedOnceGoesIntoEveryLetterEachStillEditableAndTheReviewShowsTheAddressLines() {
        LetterCampaign c = LetterFixtures.open("Personal paragraph letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("routes.personal@example.net", "05401");
        Response write = LetterWritingTest.step(page, "/letters/" + c.slug + "/write", writer, null);
        assertEquals(1, count(write.asString(), "Step \\d of 3"));
        assertTrue(write.asString().contains("Step 2 of 3: Your letters"));
        LetterWritingTest.Letters letters = LetterWritingTest.letters(write.asString());
        writer.put("personal", "I was diagnosed in 2019 and research gave me my walking back.");
        Response review = LetterWritingTest.step(page, "/letters/" + c.slug + "/review", writer, letters);
        review.then().statusCode(200);
        String html = review.asString();
        assertEquals(1, count(html, "Step \\d of 3"));
        assertTrue(html.contains("Step 3 of 3: Check and send"));
        List<String> shown = LetterWritingTest.all(Pattern.compile("data-letter-as-sent>([^<]*)</div>"), html);
        assertEquals(3, shown.size());
        for (String letter : shown) {
            assertTrue(letter.contains(",\n\nI was diagnosed in 2019 and research gave me my walking back.\n\nI am Alex"), letter);
            // Exactly as it goes: the sender's name and address lines under each letter.
            assertTrue(letter.endsWith("\n\nAlex Moreau\n12 Pearl Street\nBurlington, VT 05401\nroutes.personal@example.net\n"), letter);
        }
        assertTrue(shown.get(0).startsWith("Dear Senator Sanders,\n\nI was diagnosed"), shown.get(0));
        // Back to change one letter: the paragraph is in each, and not added a second time.
        LetterWritingTest.Letters reviewed = new LetterWritingTest.Letters(letters.ids(), letters.subjects(),
                LetterWritingTest.all(Pattern.compile("name=\"body\" value=\"([^\"]*)\""), html));
        writer.remove("personal");
        Response back = LetterWritingTest.step(page, "/letters/" + c.slug + "/write", writer, reviewed);
        List<String> bodies = LetterWritingTest.letters(back.asString()).bodies();
        assertEquals(3, bodies.size());
        for (String b : bodies) {
            assertEquals(1, count(b, "I was diagnosed"), b);
        }
    }

    @Test
    void aSplitZipShowsStepOneForTheDistrictNotASecondStepTwo() {
        LetterCampaign c = LetterFixtures.open("Step counter letters", Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        assertEquals(1, count(page.response().asString(), "Step \\d of 3"));
        String district = LetterWritingTest.step(page, "/letters/" + c.slug + "/write",
                LetterFixtures.writer("routes.steps@example.net", "10001"), null).asString();
        assertEquals(1, count(district, "Step \\d of 3"));
        assertTrue(district.contains("Step 1 of 3: Your details (your district)"));
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
