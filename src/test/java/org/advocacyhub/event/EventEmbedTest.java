package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.share.EmbedOrigin;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.Test;

/** Issue 14, point 8: an event's RSVP form on a partner's site, framed only from listed origins. */
@QuarkusTest
class EventEmbedTest {

    static final String PARTNER = "https://partner-events.example.org";

    static Map<String, String> answer(String email) {
        Map<String, String> f = new HashMap<>(Map.of("firstName", "Pat", "lastName", "Partner", "email", email, "zip", "05401",
                "guests", "0", "lang", "en"));
        f.put("started", Visitors.rsvpStarted());
        return f;
    }

    static long answers(Event e) {
        return QuarkusTransaction.requiringNew().call(() -> Rsvp.count("event.id", e.id));
    }

    static void unlist(String origin) {
        QuarkusTransaction.requiringNew().run(() -> EmbedOrigin.delete("origin", origin));
    }

    @Test
    @TestSecurity(user = "cora-embeds", roles = {"volunteer", "coordinator"})
    void aCoordinatorListsOnlyHttpsOriginsAndOnlyThoseMayFrameTheEmbedPages() {
        unlist(PARTNER);
        Event e = EventFixtures.published("Embeddable walk", "05401", Instant.now().plus(8, ChronoUnit.DAYS), null);
        for (String bad : List.of("http://partner-events.example.org", "https://partner-events.example.org/page",
                "https://*.example.org", "https://a.example.org; script-src *", "https://a.example.org?x=1", "partner.example.org",
                "javascript:alert(1)", "https://user@a.example.org")) {
            Forms.open("/coordinator/embeds").form().formParam("origin", bad).post("/coordinator/embeds").then().statusCode(400)
                    .body(containsString("Enter an https address with no path"), containsString("aria-invalid=\"true\""));
        }
        Forms.open("/coordinator/embeds").form().formParam("origin", "").post("/coordinator/embeds").then().statusCode(400)
                .body(containsString("Enter the site&#39;s address."));
        Forms.open("/coordinator/embeds").form().formParam("origin", "HTTPS://Partner-Events.Example.org/").post("/coordinator/embeds")
                .then().statusCode(303);
        Forms.open("/coordinator/embeds").form().formParam("origin", PARTNER).post("/coordinator/embeds").then().statusCode(400)
                .body(containsString("This site is already listed."));
        given().get("/coordinator/embeds").then().statusCode(200).body(containsString("<code>" + PARTNER + "</code>"));

        // The embed page may be framed by the partner (and whoever else is listed), and nothing else says DENY.
        given().get("/embed/events/" + e.slug).then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors "))
                .header("Content-Security-Policy", containsString(PARTNER))
                .header("Content-Security-Policy", not(containsString("frame-ancestors 'none'")))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", nullValue());
        // Every other page keeps refusing frames.
        for (String path : List.of("/events/" + e.slug, "/events", "/", "/coordinator/embeds")) {
            given().get(path).then().header("Content-Security-Policy", endsWith("frame-ancestors 'none'"))
                    .header("X-Frame-Options", "DENY");
        }
        // An embed address that finds nothing keeps 'none' too.
        given().get("/embed/events/no-such-event").then().statusCode(404).header("Content-Security-Policy", endsWith("frame-ancestors 'none'"));

        long id = QuarkusTransaction.requiringNew().call(() -> EmbedOrigin.<EmbedOrigin>find("origin", PARTNER).firstResult().id);
        Forms.open("/coordinator/embeds").form().post("/coordinator/embeds/" + id + "/remove").then().statusCode(303);
        given().get("/embed/events/" + e.slug).then().statusCode(200)
                .header("Content-Security-Policy", not(containsString(PARTNER)));
    }

    @Test
    void anAnswerThroughTheEmbedNeedsNoCookieAndKeepsTheBotChecks() {
        Event e = EventFixtures.published("Embedded support circle", "05401", Instant.now().plus(8, ChronoUnit.DAYS), 10);
        Response page = given().get("/embed/events/" + e.slug + "?lang=es");
        page.then().statusCode(200).body(containsString("<html lang=\"es\">"), containsString("Di que vas a ir"),
                not(containsString("site-header")), not(containsString("csrf-token")));

        // The honeypot, a missing or forged start time, a submit faster than a person: nothing stored.
        Map<String, String> robot = answer("robot.embed@example.net");
        robot.put("website", "http://spam.example");
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(robot).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(400);
        Map<String, String> forged = answer("forged.embed@example.net");
        forged.put("started", "1700000000.forged");
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(forged).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(400);
        Map<String, String> quick = answer("quick.embed@example.net");
        quick.put("started", io.quarkus.arc.Arc.container().instance(org.advocacyhub.web.BotCheck.class).get()
                .startedToken(EventPages.FORM_STARTED, Instant.now()));
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(quick).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(400)
                .body(containsString("value=\"quick.embed@example.net\""));
        assertEquals(0, answers(e));

        // A field wrong: said beside it, in the form's language, the typed value kept.
        Map<String, String> wrong = answer("not-an-address");
        wrong.put("lang", "es");
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(wrong).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(400)
                .body(containsString("<html lang=\"es\">"), containsString("id=\"email-error\""), containsString("value=\"not-an-address\""));

        // A person: no cookie, no CSRF token, and the same answer as the event page.
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(answer("pat.embed@example.net")).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(303)
                .header("Location", endsWith("/embed/events/" + e.slug + "/thanks?lang=en"));
        assertEquals(1, answers(e));
        given().get("/embed/events/" + e.slug + "/thanks?lang=en").then().statusCode(200)
                .body(containsString("We have e-mailed the details of your answer to you."));

        // The same limits as the event page, in the same buckets: five answers per address in ten minutes.
        for (int i = 0; i < 4; i++) {
            given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(answer("pat.embed@example.net"))
                    .post("/embed/events/" + e.slug + "/rsvp").then().statusCode(303);
        }
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(answer("pat.embed@example.net")).post("/embed/events/" + e.slug + "/rsvp").then().statusCode(429);
        assertEquals(1, answers(e), "one person, one answer");
    }

    @Test
    void aDraftEventIsNotEmbeddable() {
        Event draft = EventFixtures.event("Draft embed", EventStatus.DRAFT, "05401", Instant.now().plus(8, ChronoUnit.DAYS), null, "someone");
        given().get("/embed/events/" + draft.slug).then().statusCode(404);
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(answer("draft.embed@example.net")).post("/embed/events/" + draft.slug + "/rsvp").then().statusCode(404);
    }
}
