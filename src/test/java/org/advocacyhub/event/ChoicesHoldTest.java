package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.advocacyhub.privacy.MyData;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.advocacyhub.web.SignedTokens;
import org.junit.jupiter.api.Test;

/**
 * People's choices hold at events: an erased person's place goes to the waiting list; a host can cancel an
 * answer and move someone up by hand; after answering, the page shows the person's own answer, and only theirs.
 */
@QuarkusTest
class ChoicesHoldTest {

    @Inject
    MyData myData;

    @Inject
    SignedTokens tokens;

    private static Rsvp answer(Event e, String email, RsvpStatus status, int guests) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, "Pat", "Person", "05401", null, null);
            r.status = status;
            r.guests = guests;
            r.persist();
            return r;
        });
    }

    private static Rsvp reload(Rsvp r) {
        return QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>findById(r.id));
    }

    private static long mails(String kind, String to) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Event.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM outbox_message WHERE kind = ?1 AND recipient = ?2")
                .setParameter(1, kind).setParameter(2, to).getSingleResult()).longValue());
    }

    @Test
    void afterAnErasureTheWaitingListMovesUpAndPastAttendanceStays() {
        Event full = EventFixtures.published("Erasure frees a place", "05401", Instant.now().plus(5, ChronoUnit.DAYS), 1);
        Event past = EventFixtures.published("Erasure past event", "05401", Instant.now().minus(5, ChronoUnit.DAYS), null);
        Rsvp leaving = answer(full, "leaving.erase@example.net", RsvpStatus.GOING, 0);
        Rsvp pastAnswer = QuarkusTransaction.requiringNew().call(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(past.id);
            r.supporter = Supporter.findById(leaving.supporter.id);
            r.status = RsvpStatus.GOING;
            r.checkedInAt = Instant.now().minus(5, ChronoUnit.DAYS);
            r.persist();
            return r;
        });
        Rsvp waiting = answer(full, "waiting.erase@example.net", RsvpStatus.WAITLISTED, 0);

        myData.erase(leaving.supporter.id, MyData.Reason.RETENTION_INACTIVE);

        assertEquals(RsvpStatus.CANCELLED, reload(leaving).status, "the erased person's upcoming answer is cancelled");
        assertEquals(RsvpStatus.GOING, reload(waiting).status, "and the next person moved up");
        assertEquals(1, mails("rsvp-promoted", "waiting.erase@example.net"), "with the usual e-mail");
        assertEquals(RsvpStatus.GOING, reload(pastAnswer).status, "past attendance still counts, nameless");
        given().get("/events/" + full.slug).then().statusCode(200).body(containsString("Full: you can join the waiting list"));
    }

    @Test
    @TestSecurity(user = "hand-host", roles = "volunteer")
    void theHostCancelsAnAnswerAndMovesSomeoneUpByHand() {
        Event e = EventFixtures.event("Host moves people", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(5, ChronoUnit.DAYS), 1, "hand-host");
        Rsvp going = answer(e, "going.hand@example.net", RsvpStatus.GOING, 0);
        Rsvp first = answer(e, "first.hand@example.net", RsvpStatus.WAITLISTED, 0);
        Rsvp second = answer(e, "second.hand@example.net", RsvpStatus.WAITLISTED, 0);

        given().get("/events/" + e.slug + "/attendees").then().statusCode(200)
                .body(containsString("href=\"/events/" + e.slug + "/attendees/" + going.id + "\""));
        Forms.Page answerPage = Forms.open("/events/" + e.slug + "/attendees/" + going.id);
        answerPage.form().post("/events/" + e.slug + "/attendees/" + going.id + "/cancel").then().statusCode(303);
        assertEquals(RsvpStatus.CANCELLED, reload(going).status);
        assertEquals(1, mails("rsvp-cancelled-by-host", "going.hand@example.net"));
        assertEquals(RsvpStatus.GOING, reload(first).status, "the freed place went to the first waiting");
        assertEquals(RsvpStatus.WAITLISTED, reload(second).status);

        Forms.open("/events/" + e.slug + "/attendees/" + second.id).form()
                .post("/events/" + e.slug + "/attendees/" + second.id + "/promote").then().statusCode(303);
        assertEquals(RsvpStatus.GOING, reload(second).status, "the host's call, past the number of places");
        assertEquals(1, mails("rsvp-promoted", "second.hand@example.net"));

        // Without the CSRF token nothing changes.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/events/" + e.slug + "/attendees/" + first.id + "/cancel").then().statusCode(400);
        assertEquals(RsvpStatus.GOING, reload(first).status);
    }

    @Test
    @TestSecurity(user = "other-volunteer", roles = "volunteer")
    void aVolunteerWhoIsNotTheHostCannotTouchTheAnswers() {
        Event e = EventFixtures.event("Not your event", EventStatus.PUBLISHED, "05401",
                Instant.now().plus(5, ChronoUnit.DAYS), 1, "hand-host");
        Rsvp going = answer(e, "going.other@example.net", RsvpStatus.GOING, 0);
        Rsvp waiting = answer(e, "waiting.other@example.net", RsvpStatus.WAITLISTED, 0);
        given().get("/events/" + e.slug + "/attendees/" + going.id).then().statusCode(403);
        Forms.Page page = Forms.open("/events/" + e.slug);
        page.form().post("/events/" + e.slug + "/attendees/" + going.id + "/cancel").then().statusCode(403);
        page.form().post("/events/" + e.slug + "/attendees/" + waiting.id + "/promote").then().statusCode(403);
        assertEquals(RsvpStatus.GOING, reload(going).status);
        assertEquals(RsvpStatus.WAITLISTED, reload(waiting).status);
    }

    @Test
    void afterAnsweringThePageShowsOnlyThePersonsOwnAnswerFromTheMailedLink() {
        Event e = EventFixtures.published("Own answer shown", "05401", Instant.now().plus(5, ChronoUnit.DAYS), 1);
        Event other = EventFixtures.published("Other answer event", "05401", Instant.now().plus(5, ChronoUnit.DAYS), null);
        Forms.Page page = Forms.open("/events/" + e.slug);
        Response sent = page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted())
                .formParams(Map.of("firstName", "Olga", "lastName", "Own", "email", "olga.own@example.net", "zip", "05401",
                        "guests", "0"))
                .post("/events/" + e.slug + "/rsvp");
        sent.then().statusCode(303);
        String answered = sent.getCookie("rsvp-answered-" + e.id);
        // This browser learns nothing about the address it typed: no status, no empty form either.
        given().cookie("rsvp-answered-" + e.id, answered).get("/events/" + e.slug).then().statusCode(200)
                .body(containsString("Check your e-mail"), not(containsString("You are going")),
                        not(containsString("name=\"firstName\"")));
        given().cookie("rsvp-answered-" + e.id, answered).get("/events/" + e.slug + "?another=1").then()
                .body(containsString("name=\"firstName\""));

        Rsvp olga = QuarkusTransaction.requiringNew().call(() -> Rsvp.<Rsvp>find("event.id = ?1", e.id).firstResult());
        String link = "/rsvps/" + olga.id + "/answer?token=" + tokens.sign(RsvpPages.CANCEL_PURPOSE, olga.id);
        given().redirects().follow(false).get("/rsvps/" + olga.id + "/answer?token=wrong").then().statusCode(404);
        Response opened = given().redirects().follow(false).get(link);
        opened.then().statusCode(303).header("Location", containsString("/events/" + e.slug));
        String seen = opened.getCookie("rsvp-" + e.id);
        given().cookie("rsvp-" + e.id, seen).get("/events/" + e.slug).then().statusCode(200)
                .body(containsString("Your answer"), containsString("You are going"),
                        containsString("action=\"/rsvps/" + olga.id + "/cancel\""), not(containsString("name=\"firstName\"")));

        // The event is full now: a new visitor is offered the waiting list.
        given().get("/events/" + e.slug).then().body(containsString("Join the waiting list"), not(containsString("You are going")));
        // A cookie made for one event shows nothing on another, and a forged one nothing anywhere.
        given().cookie("rsvp-" + other.id, seen).get("/events/" + other.slug).then().body(not(containsString("You are going")));
        given().cookie("rsvp-" + e.id, olga.id + ".forged").get("/events/" + e.slug).then().body(not(containsString("You are going")));
    }
}
