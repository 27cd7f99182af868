package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.advocacyhub.testsupport.Visitors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Issue 14, points 5 and 6: link previews, the thank-you page's links, and calendars that keep the link private. */
@QuarkusTest
class ShareAndCalendarTest {

    static final String SECRET = "https://meet.example.org/room-7f3a9c";

    /** Any element that loads something by itself (not an <a>), with an absolute address. */
    static final Pattern LOADS = Pattern.compile("<(img|script|link|iframe|source|video|audio|object|embed)\\b[^>]*\\b(src|href|data)=\"((?:https?:)?//[^\"]*)\"");

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    org.advocacyhub.privacy.MyData erasure;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    static Event online(String title, Integer capacity) {
        Event e = EventFixtures.published(title, "05401", Instant.now().plus(12, ChronoUnit.DAYS), capacity);
        QuarkusTransaction.requiringNew().run(() -> {
            Event m = Event.findById(e.id);
            m.online = true;
            m.onlineUrl = SECRET;
        });
        return EventFixtures.reload(e.id);
    }

    static void answer(Event e, String first, String email) {
        Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted())
                .formParams(Map.of("firstName", first, "lastName", "Tester", "email", email, "zip", "05401", "guests", "0"))
                .post("/events/" + e.slug + "/rsvp").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/events/" + e.slug + "/thanks"));
    }

    /** Pages may link anywhere; they load only from the site itself. */
    void loadsNothingFromElsewhere(String html) {
        Matcher m = LOADS.matcher(html);
        while (m.find()) {
            assertTrue(m.group(3).startsWith(baseUrl + "/"), "a page loads from another host: " + m.group());
        }
    }

    @Test
    void thePublicCalendarNeverHoldsTheLinkThePersonalOneDoesUntilTheAnswerIsCancelled() throws Exception {
        Event e = online("Online coffee for calendars", 1);
        String pub = given().get("/events/" + e.slug + ".ics").then().statusCode(200).extract().asString();
        assertTrue(pub.contains("SUMMARY:Online coffee for calendars"), pub);
        assertFalse(pub.contains("meet.example.org"), pub);

        answer(e, "Gina", "gina.calendar@example.net");
        answer(e, "Wes", "wes.calendar@example.net"); // the one place is taken: waiting list
        Mailbox.deliverAll(sender);

        MimeMessage toGina = Mailbox.to(mail, "gina.calendar@example.net").get(0);
        String text = RsvpTest.text(toGina);
        Matcher link = Pattern.compile("(/rsvps/(\\d+)/calendar\\.ics\\?token=[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        assertTrue(RsvpTest.attachment(toGina).contains(SECRET), "the attachment of a person going has the link");

        String personal = given().get(link.group(1)).then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().asString();
        assertTrue(personal.contains(SECRET), personal);
        assertTrue(personal.contains("SUMMARY:Online coffee for calendars"), personal);
        // Another answer's number with Gina's token, or a forged token: nothing.
        given().get(link.group(1).replace("/rsvps/" + link.group(2) + "/", "/rsvps/" + (Long.parseLong(link.group(2)) + 1) + "/"))
                .then().statusCode(404);
        given().get("/rsvps/" + link.group(2) + "/calendar.ics?token=forged").then().statusCode(404);

        // Wes waits: no personal link yet, and his attachment is the public file.
        MimeMessage toWes = Mailbox.to(mail, "wes.calendar@example.net").get(0);
        assertFalse(RsvpTest.text(toWes).contains("/calendar.ics"), RsvpTest.text(toWes));
        assertFalse(RsvpTest.attachment(toWes).contains(SECRET));

        // Gina cannot come after all: her calendar link is gone, and Wes moves up with a link of his own.
        Matcher cancel = Pattern.compile("/rsvps/(\\d+)/cancel\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(cancel.find(), text);
        Forms.open(cancel.group()).form().formParam("token", cancel.group(2)).post("/rsvps/" + cancel.group(1) + "/cancel")
                .then().statusCode(303);
        given().get(link.group(1)).then().statusCode(404);

        Mailbox.deliverAll(sender);
        List<MimeMessage> wes = Mailbox.to(mail, "wes.calendar@example.net");
        assertEquals(2, wes.size());
        String promoted = RsvpTest.text(wes.get(1));
        Matcher wesLink = Pattern.compile("/rsvps/\\d+/calendar\\.ics\\?token=[A-Za-z0-9_-]+").matcher(promoted);
        assertTrue(wesLink.find(), promoted);
        assertTrue(RsvpTest.attachment(wes.get(1)).contains(SECRET));
        assertTrue(given().get(wesLink.group()).then().statusCode(200).extract().asString().contains(SECRET));
    }

    @Test
    void afterErasureThePersonalCalendarLinkAnswers404() throws Exception {
        Event e = online("Online coffee before an erasure", null);
        answer(e, "Ezra", "ezra.calendar@example.net");
        Mailbox.deliverAll(sender);
        String text = RsvpTest.text(Mailbox.to(mail, "ezra.calendar@example.net").get(0));
        Matcher link = Pattern.compile("/rsvps/(\\d+)/calendar\\.ics\\?token=[A-Za-z0-9_-]+").matcher(text);
        assertTrue(link.find(), text);
        given().get(link.group()).then().statusCode(200);
        long supporterId = QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>findById(Long.parseLong(link.group(1))).supporter.id);
        erasure.erase(supporterId, org.advocacyhub.privacy.MyData.Reason.SELF);
        given().get(link.group()).then().statusCode(404);
    }

    @Test
    void theEventPageHasOneCanonicalAddressAndLinkPreviewTags() {
        Event e = EventFixtures.published("Preview tags walk", "05401", Instant.now().plus(9, ChronoUnit.DAYS), null);
        String url = baseUrl + "/events/" + e.slug;
        String html = given().header("X-Forwarded-Host", "evil.example").get("/events/" + e.slug).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + url + "\">"), html);
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + url + "\">"), html);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"Preview tags walk\">"), html);
        assertTrue(html.contains("<meta property=\"og:description\" content=\"A test event.\">"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), html);
        assertEquals(1, html.split("rel=\"canonical\"", -1).length - 1, "one canonical link");
        loadsNothingFromElsewhere(html);
    }

    @Test
    void theThankYouPageSharesAndAddsToCalendarsWithPlainLinksAndNeverTheOnlineLink() {
        Event e = online("Thank you page coffee", null);
        String html = given().get("/events/" + e.slug + "/thanks").then().statusCode(200).extract().asString();
        assertTrue(html.contains("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Thank%20you%20page%20coffee"), html);
        assertTrue(html.contains("https://outlook.live.com/calendar/0/deeplink/compose?"), html);
        assertTrue(html.contains("href=\"/events/" + e.slug + ".ics\""), html);
        assertTrue(html.contains("https://www.facebook.com/sharer/sharer.php?u=" + java.net.URLEncoder.encode(baseUrl + "/events/" + e.slug,
                java.nio.charset.StandardCharsets.UTF_8)), html);
        assertTrue(html.contains("https://bsky.app/intent/compose?text=I%20am%20going%20to%20Thank%20you%20page%20coffee"), html);
        assertFalse(html.contains("meet.example.org"), "the page and its calendar links never carry the link to join");
        loadsNothingFromElsewhere(html);

        given().header("Accept-Language", "es").get("/events/" + e.slug + "/thanks").then().statusCode(200)
                .body(containsString("Gracias por responder"), containsString("Agregar a Google Calendar"),
                        containsString("Voy%20a%20ir%20a%20Thank%20you%20page%20coffee"), not(containsString("meet.example.org")));
    }
}
