package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14, point 5: a campaign's page previews well when shared, and its thank-you page offers sharing. */
@QuarkusTest
class LetterShareTest {

    static final Pattern LOADS = Pattern.compile("<(img|script|link|iframe|source|video|audio|object|embed)\\b[^>]*\\b(src|href|data)=\"((?:https?:)?//[^\"]*)\"");

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @AfterEach
    void close() {
        LetterFixtures.closeAll();
    }

    @Test
    void theCampaignPageHasCanonicalAndPreviewTagsAndTheThankYouPageSharesIt() {
        LetterCampaign c = LetterFixtures.open("Fund the MS registry", Targets.BOTH);
        String url = baseUrl + "/letters/" + c.slug;
        String page = given().get("/letters/" + c.slug).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + url + "\">"), page);
        assertTrue(page.contains("<meta property=\"og:title\" content=\"Fund the MS registry\">"), page);
        assertTrue(page.contains("<meta property=\"og:description\" content=\"Congress decides on MS research funding this spring.\">"), page);
        assertTrue(page.contains("<meta property=\"og:url\" content=\"" + url + "\">"), page);
        assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary\">"), page);

        String thanks = given().get("/letters/" + c.slug + "/thanks").then().statusCode(200).extract().asString();
        assertTrue(thanks.contains("https://www.facebook.com/sharer/sharer.php?u=" + URLEncoder.encode(url, StandardCharsets.UTF_8)), thanks);
        assertTrue(thanks.contains("https://bsky.app/intent/compose?text=I%20wrote%20to%20my%20legislators%3A%20Fund%20the%20MS%20registry"), thanks);
        assertTrue(thanks.contains("value=\"" + url + "\""), "the address to copy");
        for (String html : new String[] {page, thanks}) {
            Matcher m = LOADS.matcher(html);
            while (m.find()) {
                assertTrue(m.group(3).startsWith(baseUrl + "/"), "loads from another host: " + m.group());
            }
        }
        String spanish = given().header("Accept-Language", "es").get("/letters/" + c.slug + "/thanks").then().statusCode(200).extract().asString();
        assertTrue(spanish.contains("Comparte la campaña"), spanish);
        assertFalse(spanish.contains("Share the campaign"));
    }
}
