package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.1: a published event changes only through review. A host's edit waits while the approved
 * version stays public (page, search, .ics); a coordinator sees old and new side by side; approving
 * publishes it and tells everyone going or waiting, once, what changed; rejecting keeps the old.
 */
@QuarkusTest
@TestSecurity(user = "rev-host", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Rhea Host"), @Claim(key = "email", value = "rev-host@example.org")})
class EventChangeReviewTest {

    static final String OLD_LINK = "https://meet.example.org/approved-room";
    static final String NEW_LINK = "https://evil.example.net/unreviewed";

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    /**
     * A published online event, as a coordinator approved it, hosted by rev-host; times on whole hours like
     * the form's. With one place, one person going fills it and a second waits.
     */
    static Event approvedOnline(String title) {
        return approvedOnline(title, 50);
    }

    static Event approvedOnline(String title, int capacity) {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Event e = EventFixtures.event(title, EventStatus.PUBLISHED, "05401", start, capacity, "rev-host");
        QuarkusTransaction.requiringNew().run(() -> {
            Event m = Event.findById(e.id);
            m.online = true;
            m.onlineUrl = OLD_LINK;
            m.street = null;
            m.city = null;
            m.kind = EventKind.ONLINE;
        });
        return EventFixtures.reload(e.id);
    }

    /** The edit form as the host's browser sends it back, with nothing changed yet. */
    static Map<String, String> formOf(Event e) {
        EventForm f = EventForm.from(e);
        Map<String, String> form = new HashMap<>();
        form.put("title", f.title);
        form.put("kind", f.kind);
        form.put("description", f.description);
        form.put("startDate", f.startDate);
        form.put("startTime", f.startTime);
        form.put("endDate", f.endDate);
        form.put("endTime", f.endTime);
        form.put("timeZone", f.timeZone);
        form.put("online", f.online);
        form.put("onlineUrl", f.onlineUrl);
        form.put("venueName", f.venueName);
        form.put("street", f.street);
        form.put("city", f.city);
        form.put("state", f.state);
        form.put("zip", f.zip);
        form.put("capacity", f.capacity);
        form.put("accessibility", f.accessibility);
        form.put("accessibilityNotes", f.accessibilityNotes);
        form.put("action", "save");
        return form;
    }

    /** A change the host proposed, as their edit stores it. */
    static EventRevision proposal(Event e, String title, String link, Instant startsAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event m = Event.findById(e.id);
            EventRevision r = EventRevision.of(m);
            r.status = EventRevision.Status.PENDING;
            r.title = title;
            r.onlineUrl = link;
            if (startsAt != null) {
                r.endsAt = startsAt.plus(java.time.Duration.between(r.startsAt, r.endsAt));
                r.startsAt = startsAt;
            }
            r.proposedBySubject = m.hostSubject;
            r.persist();
            return r;
        });
    }

    static void answer(Event e, String email, RsvpStatus status, String language) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, "Pat", "Person", null, null, null);
            r.supporter.language = language;
            r.status = status;
            r.persist();
        });
    }

    static List<EventRevision> revisions(Event e) {
        return QuarkusTransaction.requiringNew().call(() -> EventRevision.<EventRevision>list("event.id = ?1 order by id", e.id));
    }

    static String ics(Event e) {
        return given().get("/events/" + e.slug + ".ics").then().statusCode(200).extract().asString();
    }

    static String day(Event e) {
        return e.getStart().toLocalDate().toString();
    }

    @Test
    void aHostsEditToAPublishedEventWaitsForReviewWhileTheApprovedVersionStaysPublic() {
        Event e = approvedOnline("Approved online coffee");
        Map<String, String> form = formOf(e);
        form.put("title", "Buy miracle cures here");
        form.put("onlineUrl", NEW_LINK);
        form.put("capacity", "60");
        Forms.open("/events/" + e.slug + "/edit").form().formParams(form).post("/events/" + e.slug + "/edit")
                .then().statusCode(303).cookie("flash", "event-changes-pending");

        Event now = EventFixtures.reload(e.id);
        assertEquals("Approved online coffee", now.title);
        assertEquals(OLD_LINK, now.onlineUrl);
        assertEquals(60, now.capacity, "a new number of places applies at once");

        // What the public reads: the page, search, the calendar file.
        given().get("/events/" + e.slug).then().statusCode(200)
                .body(containsString("<h1>Approved online coffee</h1>"), not(containsString("miracle")),
                        containsString("Changes are waiting for review."));
        given().get("/events?from=" + day(e) + "&to=" + day(e) + "&kind=ONLINE").then().statusCode(200)
                .body(containsString("Approved online coffee"), not(containsString("miracle")));
        String ics = ics(e);
        assertTrue(ics.contains("SUMMARY:Approved online coffee"), ics);
        // The public file never carries the link to join, approved or proposed (issue 14, point 6).
        assertTrue(!ics.contains(OLD_LINK) && !ics.contains(NEW_LINK), ics);

        // The host goes on from what they proposed.
        given().get("/events/" + e.slug + "/edit").then().statusCode(200)
                .body(containsString("value=\"Buy miracle cures here\""), containsString("value=\"" + NEW_LINK + "\""),
                        containsString("Changes are waiting for review."));

        // A second edit before review replaces the waiting one: still one proposal, the newest.
        form.put("title", "Second thoughts coffee");
        Forms.open("/events/" + e.slug + "/edit").form().formParams(form).post("/events/" + e.slug + "/edit")
                .then().statusCode(303);
        List<EventRevision> revisions = revisions(e);
        assertEquals(1, revisions.size());
        assertEquals("Second thoughts coffee", revisions.get(0).title);
        assertEquals(NEW_LINK, revisions.get(0).onlineUrl);
        assertEquals(EventRevision.Status.PENDING, revisions.get(0).status);
        assertEquals("Approved online coffee", EventFixtures.reload(e.id).title);

        // Editing back to the published version withdraws it.
        Forms.open("/events/" + e.slug + "/edit").form().formParams(formOf(EventFixtures.reload(e.id)))
                .post("/events/" + e.slug + "/edit").then().statusCode(303).cookie("flash", "event-saved");
        assertEquals(EventRevision.Status.WITHDRAWN, revisions(e).get(0).status);
        given().get("/events/" + e.slug).then().body(not(containsString("Changes are waiting for review.")));
    }

    @Test
    void aHostsEditBeforeApprovalStillAppliesDirectly() {
        Event e = EventFixtures.event("Pending picnic", EventStatus.PENDING, "05401",
                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), null, "rev-host");
        Map<String, String> form = formOf(e);
        form.put("title", "Pending picnic by the lake");
        Forms.open("/events/" + e.slug + "/edit").form().formParams(form).post("/events/" + e.slug + "/edit")
                .then().statusCode(303).cookie("flash", "event-saved");
        assertEquals("Pending picnic by the lake", EventFixtures.reload(e.id).title);
        assertEquals(0, revisions(e).size());
    }

    @Test
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    void aCoordinatorSeesTheChangeSideBySideAndApprovingPublishesItAndTellsEveryoneComingOnce() throws Exception {
        Event e = approvedOnline("Link swap meetup", 1);
        answer(e, "going.swap@example.net", RsvpStatus.GOING, "en");
        answer(e, "waiting.swap@example.net", RsvpStatus.WAITLISTED, "es");
        answer(e, "gone.swap@example.net", RsvpStatus.CANCELLED, "en");
        Instant later = e.startsAt.plus(2, ChronoUnit.HOURS);
        EventRevision r = proposal(e, "Link swap meetup, new room", NEW_LINK, later);
        Event preview = QuarkusTransaction.requiringNew().call(() -> EventRevision.<EventRevision>findById(r.id).preview());

        String queue = given().get("/coordinator/events").then().statusCode(200).extract().asString();
        String item = queue.substring(queue.indexOf("Changes to published events"));
        assertContains(item, "<th scope=\"col\">Published now</th>");
        assertContains(item, "<th scope=\"col\">Proposed</th>");
        assertContains(item, "<th scope=\"row\">Title</th>");
        assertContains(item, "<div class=\"user-text\">Link swap meetup</div>");
        assertContains(item, "<div class=\"user-text\">Link swap meetup, new room</div>");
        assertContains(item, OLD_LINK);
        assertContains(item, NEW_LINK);
        assertContains(item, EventWords.of("en").when(e));
        assertContains(item, EventWords.of("en").when(preview));
        assertContains(item, "(people coming get an e-mail)");
        // Unchanged fields are not listed.
        assertTrue(!item.contains("<th scope=\"row\">Description"), "only what changed");

        Forms.open("/coordinator/events").form().post("/coordinator/events/changes/" + r.id + "/approve")
                .then().statusCode(303).cookie("flash", "event-changes-approved");
        Event now = EventFixtures.reload(e.id);
        assertEquals("Link swap meetup, new room", now.title);
        assertEquals(NEW_LINK, now.onlineUrl);
        assertEquals(later, now.startsAt);
        given().get("/events/" + e.slug).then().body(containsString("<h1>Link swap meetup, new room</h1>"));
        assertTrue(ics(e).contains("SUMMARY:Link swap meetup\\, new room"), ics(e));
        // Approving twice does nothing: it is no longer waiting.
        Forms.open("/coordinator/events").form().post("/coordinator/events/changes/" + r.id + "/approve").then().statusCode(404);

        Mailbox.deliverAll(sender);
        List<MimeMessage> going = Mailbox.to(mail, "going.swap@example.net");
        assertEquals(1, going.size(), "one e-mail to the person going");
        assertEquals("Changed: Link swap meetup, new room", going.get(0).getSubject());
        String text = body(going.get(0));
        assertContains(text, "Was: " + OLD_LINK);
        assertContains(text, "Now: " + NEW_LINK);
        assertContains(text, "Was: " + EventWords.of("en").when(e));
        assertContains(text, "Now: " + EventWords.of("en").when(now));

        List<MimeMessage> waiting = Mailbox.to(mail, "waiting.swap@example.net");
        assertEquals(1, waiting.size(), "one e-mail to the person waiting");
        assertEquals("Cambios en: Link swap meetup, new room", waiting.get(0).getSubject());
        String spanish = body(waiting.get(0));
        assertContains(spanish, "Antes: " + OLD_LINK);
        assertContains(spanish, "Ahora: " + NEW_LINK);
        assertContains(spanish, "Sigues en la lista de espera.");

        assertEquals(0, Mailbox.to(mail, "gone.swap@example.net").size(), "nothing to someone who cancelled");
        assertEquals(1, Mailbox.to(mail, "rev-host@example.org").stream()
                .filter(m -> EventApprovalTest.subject(m).equals("Your changes are published: Link swap meetup, new room")).count());
    }

    @Test
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    void rejectingAChangeKeepsThePublishedVersionAndTellsTheHostWhy() throws Exception {
        Event e = approvedOnline("Keep me as I am");
        answer(e, "going.keep@example.net", RsvpStatus.GOING, "en");
        EventRevision r = proposal(e, "Spam spam spam", NEW_LINK, null);

        Forms.open("/coordinator/events").form().formParam("reason", " ")
                .post("/coordinator/events/changes/" + r.id + "/reject")
                .then().statusCode(400).body(containsString("Give the host a reason"),
                        containsString("href=\"#" + r.getReasonField() + "\""));
        assertEquals(EventRevision.Status.PENDING, revisions(e).get(0).status);

        Forms.open("/coordinator/events").form().formParam("reason", "That link is not ours.")
                .post("/coordinator/events/changes/" + r.id + "/reject")
                .then().statusCode(303).cookie("flash", "event-changes-rejected");
        Event now = EventFixtures.reload(e.id);
        assertEquals("Keep me as I am", now.title);
        assertEquals(OLD_LINK, now.onlineUrl);
        assertEquals(EventRevision.Status.REJECTED, revisions(e).get(0).status);
        given().get("/events/" + e.slug).then().body(containsString("<h1>Keep me as I am</h1>"), not(containsString("Spam")));
        given().get("/coordinator/events").then().body(not(containsString("Spam spam spam")));

        Mailbox.deliverAll(sender);
        MimeMessage toHost = Mailbox.to(mail, "rev-host@example.org").stream()
                .filter(m -> EventApprovalTest.subject(m).equals("Your changes were not approved: Keep me as I am"))
                .findFirst().orElseThrow();
        assertContains(body(toHost), "That link is not ours.");
        assertEquals(0, Mailbox.to(mail, "going.keep@example.net").size());
    }

    @Test
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    void approvingAChangeOfWordsOnlyMailsTheHostButNotThoseComing() throws Exception {
        Event e = approvedOnline("Words only evening");
        answer(e, "going.words@example.net", RsvpStatus.GOING, "en");
        EventRevision r = proposal(e, "Words only evening, retitled", OLD_LINK, null);
        Forms.open("/coordinator/events").form().post("/coordinator/events/changes/" + r.id + "/approve").then().statusCode(303);
        assertEquals("Words only evening, retitled", EventFixtures.reload(e.id).title);
        Mailbox.deliverAll(sender);
        assertEquals(0, Mailbox.to(mail, "going.words@example.net").size());
    }

    @Test
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = {@Claim(key = "name", value = "Cora Coordinator"), @Claim(key = "email", value = "cora@example.org")})
    void aCoordinatorsOwnEditAppliesAtOnceAndTellsEveryoneComingWhenTheTimeMoves() throws Exception {
        Event e = approvedOnline("Coordinator moves it", 1);
        answer(e, "going.move@example.net", RsvpStatus.GOING, "en");
        answer(e, "waiting.move@example.net", RsvpStatus.WAITLISTED, "en");
        answer(e, "gone.move@example.net", RsvpStatus.CANCELLED, "en");
        Map<String, String> form = formOf(e);
        form.put("startTime", e.getStart().plusHours(1).toLocalTime().toString());
        form.put("endTime", e.getEnd().plusHours(1).toLocalTime().toString());
        if (e.getStart().getHour() >= 21) { // keep the test free of midnight
            form.put("startTime", "09:00");
            form.put("endTime", "11:00");
        }
        Forms.open("/events/" + e.slug + "/edit").form().formParams(form).post("/events/" + e.slug + "/edit")
                .then().statusCode(303).cookie("flash", "event-saved");
        Event now = EventFixtures.reload(e.id);
        assertTrue(!now.startsAt.equals(e.startsAt), "applied at once");
        assertEquals(EventRevision.Status.APPROVED, revisions(e).get(0).status, "and recorded");

        Mailbox.deliverAll(sender);
        assertEquals(1, Mailbox.to(mail, "going.move@example.net").size());
        assertEquals(1, Mailbox.to(mail, "waiting.move@example.net").size());
        assertEquals(0, Mailbox.to(mail, "gone.move@example.net").size());
        assertContains(body(Mailbox.to(mail, "going.move@example.net").get(0)), "Now: " + EventWords.of("en").when(now));
    }

    @Test
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    void approvingAWaitingProposalAfterACoordinatorsOwnEditKeepsThatEdit() {
        Event e = approvedOnline("Both edit it");
        EventRevision r = proposal(e, "Both edit it, host's title", OLD_LINK, null);
        Map<String, String> form = formOf(e);
        form.put("startTime", "09:00");
        form.put("endTime", "10:00");
        // The coordinator's edit form shows what is public, and says a proposal waits.
        given().get("/events/" + e.slug + "/edit").then().statusCode(200)
                .body(containsString("value=\"Both edit it\""), containsString("Review them in the approval queue"));
        Forms.open("/events/" + e.slug + "/edit").form().formParams(form).post("/events/" + e.slug + "/edit").then().statusCode(303);
        Instant moved = EventFixtures.reload(e.id).startsAt;
        assertEquals(9, EventFixtures.reload(e.id).getStart().getHour());

        Forms.open("/coordinator/events").form().post("/coordinator/events/changes/" + r.id + "/approve").then().statusCode(303);
        Event now = EventFixtures.reload(e.id);
        assertEquals("Both edit it, host's title", now.title);
        assertEquals(moved, now.startsAt, "the host's proposal did not undo the coordinator's new time");
    }

    static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof jakarta.mail.Multipart mp) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                var part = mp.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    s.append(part.getContent());
                } else if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                    for (int j = 0; j < inner.getCount(); j++) {
                        if (inner.getBodyPart(j).isMimeType("text/plain")) {
                            s.append(inner.getBodyPart(j).getContent());
                        }
                    }
                }
            }
            return s.toString();
        }
        return content.toString();
    }

    private static void assertContains(String text, String expected) {
        if (!text.contains(expected)) {
            throw new AssertionError("expected to contain: " + expected + "\n---\n" + text);
        }
    }
}
