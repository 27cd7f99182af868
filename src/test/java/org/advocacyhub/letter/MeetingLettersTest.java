package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.event.Accessibility;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.EventKind;
import org.advocacyhub.event.EventStatus;
import org.advocacyhub.testsupport.Forms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A meeting with a legislator linked to a letter campaign: its host prints the letters for whom they meet. */
@QuarkusTest
class MeetingLettersTest {

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    static Event meeting(String title, EventKind kind, String host) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event e = new Event();
            e.title = title;
            e.slug = org.advocacyhub.web.Text.slug(title, 40) + "-" + System.nanoTime() % 1_000_000;
            e.description = "Meeting Senator Sanders's staff about MS research.";
            e.kind = kind;
            e.startsAt = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            e.endsAt = e.startsAt.plus(1, ChronoUnit.HOURS);
            e.timeZone = "America/New_York";
            e.venueName = "Senator's office";
            e.street = "1 Church Street";
            e.city = "Burlington";
            e.state = "VT";
            e.zip = "05401";
            e.accessibility = Accessibility.ACCESSIBLE;
            // Drafts: the public event lists and searches other tests count stay as they were.
            e.status = EventStatus.DRAFT;
            e.hostSubject = host;
            e.hostName = "Hana Host";
            e.hostEmail = host + "@example.org";
            e.persist();
            return e;
        });
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void aCoordinatorLinksAMeetingAndOnlyMeetingsWithALegislatorCanBeLinked() {
        LetterCampaign c = LetterFixtures.open("Meeting letters", Targets.BOTH);
        LetterRoutesTest.send(c, "meeting.one@example.net", "PRINT").then().statusCode(303);
        Event walk = meeting("A walk not a meeting", EventKind.AWARENESS_WALK, "hana-meeting-host");
        Event meeting = meeting("Meeting Sanders", EventKind.LEGISLATOR_MEETING, "hana-meeting-host");
        Forms.Page page = Forms.open("/coordinator/letters/" + c.id);
        page.form().formParam("event", walk.slug).formParam("legislator", "S000033").post("/coordinator/letters/" + c.id + "/meetings")
                .then().statusCode(400).body(containsString("There is no meeting with a legislator at that address"))
                .body(containsString("value=\"" + walk.slug + "\""));
        page.form().formParam("event", meeting.slug).formParam("legislator", "S000148").post("/coordinator/letters/" + c.id + "/meetings")
                .then().statusCode(400).body(containsString("Choose a legislator this campaign has letters for"));
        page.form().formParam("event", meeting.slug).formParam("legislator", "S000033").post("/coordinator/letters/" + c.id + "/meetings")
                .then().statusCode(303);
        given().get("/coordinator/letters/" + c.id).then().statusCode(200).body(containsString("Meeting Sanders</a>: Senator Bernard Sanders"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) Letter.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM meeting_letters WHERE event_id = ?1").setParameter(1, meeting.id)
                .getSingleResult()).longValue()));
    }

    @Test
    @TestSecurity(user = "hana-meeting-host-2", roles = "volunteer")
    void theHostDownloadsTheLettersForTheLegislatorTheyMeetAndNoOneElsesLetters() throws Exception {
        LetterCampaign c = LetterFixtures.open("Meeting letters for the host", Targets.BOTH);
        LetterRoutesTest.send(c, "meeting.two@example.net", "PRINT").then().statusCode(303);
        Event mine = meeting("My meeting with Sanders", EventKind.LEGISLATOR_MEETING, "hana-meeting-host-2");
        Event theirs = meeting("Their meeting with Sanders", EventKind.LEGISLATOR_MEETING, "someone-else");
        QuarkusTransaction.requiringNew().run(() -> {
            var sanders = org.advocacyhub.legislator.Legislator.<org.advocacyhub.legislator.Legislator>find("bioguideId", "S000033").firstResult();
            MeetingLetters.link(Event.findById(mine.id), LetterCampaign.findById(c.id), sanders);
            MeetingLetters.link(Event.findById(theirs.id), LetterCampaign.findById(c.id), sanders);
        });
        given().get("/events/" + mine.slug + "/letters").then().statusCode(200)
                .body(containsString("/events/" + mine.slug + "/letters/" + c.id + "/S000033.pdf"));
        byte[] pdf = given().get("/events/" + mine.slug + "/letters/" + c.id + "/S000033.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "the cover and the one letter to Sanders");
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("@"), text);
        }
        // Not linked for this meeting: Welch. Someone else's draft meeting: not even there for them.
        given().get("/events/" + mine.slug + "/letters/" + c.id + "/W000800.pdf").then().statusCode(404);
        given().get("/events/" + theirs.slug + "/letters").then().statusCode(404);
        given().get("/events/" + theirs.slug + "/letters/" + c.id + "/S000033.pdf").then().statusCode(404);
        given().get("/coordinator/letters/" + c.id + "/lobby-day.pdf?state=VT").then().statusCode(403);
    }
}
