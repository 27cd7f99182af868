package org.advocacyhub.supporter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.privacy.MyData;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding people (issue 15): each filter alone and combined finds exactly the expected people, tags
 * go on and off a whole search result, a segment's news reaches exactly the people it counted, its
 * export holds exactly its people, and each of these leaves exactly one audit row.
 *
 * <p>Other tests share the database, so filters that other tests' people could also match (a ZIP, a
 * state, a language) are combined with this run's own word in the names and addresses; filters on
 * records only this test makes (its petition, event, campaign, tag) are tried alone too.
 */
@QuarkusTest
@TestSecurity(user = "cora-people", roles = {"volunteer", "coordinator"})
class SupportersTest {

    private static final Pattern PERSON_LINK = Pattern.compile("href=\"/coordinator/supporters/(\\d+)\"");

    @Inject
    EntityManager em;

    @Inject
    MyData myData;

    String t;
    long ann;
    long bea;
    long cal;
    long dee;
    long eve;
    long petition;
    long event;
    long campaign;
    long tag;

    @BeforeEach
    void people() {
        t = "zq" + Long.toString(System.nanoTime(), 36);
        ann = person("ann", "Ann", "Lee", "05401", "en", true);
        bea = person("bea", "Bea", "Ruiz", "05446", "es", true);
        cal = person("cal", "Cal", "Diaz", "05602", "es", false);
        dee = person("dee", "Dee", "Park", "10001", "en", true);
        eve = person("eve", "Eve", "Gone", "05401", "en", true);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE supporter SET unsubscribed_at = now(), unsubscribe_source = 'my-data' WHERE id = ?1")
                    .setParameter(1, dee).executeUpdate();
            petition = insert("""
                    INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at)
                    VALUES (?1, ?2, 'Summary', 'Body', 'Congress', 100, 'OPEN', now()) RETURNING id""", t + "-petition",
                    "Petition " + t);
            em.createNativeQuery("INSERT INTO signature (petition_id, supporter_id, verified_at) VALUES (?1, ?2, now())")
                    .setParameter(1, petition).setParameter(2, ann).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO signature (petition_id, supporter_id, created_at) VALUES (?1, ?2, '2025-01-15T15:00:00Z')""")
                    .setParameter(1, petition).setParameter(2, dee).executeUpdate();
            em.createNativeQuery("INSERT INTO signature (petition_id, supporter_id) VALUES (?1, ?2)")
                    .setParameter(1, petition).setParameter(2, eve).executeUpdate();
            event = insert("""
                    INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, street, city, state, zip,
                                       accessibility, status, host_subject, host_name, host_email)
                    VALUES (?1, ?2, 'A walk.', 'AWARENESS_WALK', now() + interval '10 days', now() + interval '10 days 2 hours',
                            'America/New_York', '1 Main St', 'Burlington', 'VT', '05401', 'ACCESSIBLE', 'PUBLISHED', 'host-x',
                            'Host', 'host@example.org') RETURNING id""", t + "-walk", "Walk " + t);
            em.createNativeQuery("""
                    INSERT INTO rsvp (event_id, supporter_id, status, checked_in_at) VALUES (?1, ?2, 'GOING', now())""")
                    .setParameter(1, event).setParameter(2, bea).executeUpdate();
            em.createNativeQuery("INSERT INTO rsvp (event_id, supporter_id, status) VALUES (?1, ?2, 'GOING')")
                    .setParameter(1, event).setParameter(2, cal).executeUpdate();
            campaign = insert("""
                    INSERT INTO letter_campaign (slug, title, intro, chambers, subject_template, body_template, status)
                    VALUES (?1, ?2, 'Intro', 'BOTH', 'Subject', 'Body', 'OPEN') RETURNING id""", t + "-letters", "Letters " + t);
            long legislator = ((Number) em.createNativeQuery("SELECT min(id) FROM legislator").getSingleResult()).longValue();
            em.createNativeQuery("""
                    INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient)
                    VALUES (?1, ?2, ?3, 'Fund research', 'Please.', 'Montpelier', '05602', 'letters@advocacyhub.localhost')""")
                    .setParameter(1, campaign).setParameter(2, cal).setParameter(3, legislator).executeUpdate();
            tag = Tag.named(t + "-driver").id;
            Tag.add(tag, ann, "test");
            Tag.add(tag, eve, "test");
        });
        myData.erase(eve, MyData.Reason.COORDINATOR);
    }

    private long person(String key, String first, String last, String zip, String language, boolean consent) {
        return QuarkusTransaction.requiringNew().call(() -> Supporter.upsert(t + "-" + key + "@example.org", first, last + t, zip,
                consent ? new Supporter.Consent("petition:" + t, "E-mail me news") : null, null, language).id);
    }

    private long insert(String sql, Object a, Object b) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, a).setParameter(2, b).getSingleResult()).longValue();
    }

    /** The ids the search page lists for this query string, in page order. */
    static List<Long> found(String query) {
        String page = given().get("/coordinator/supporters?" + query).then().statusCode(200).extract().asString();
        List<Long> ids = new ArrayList<>();
        Matcher m = PERSON_LINK.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static Set<Long> set(Long... ids) {
        return new TreeSet<>(List.of(ids));
    }

    private Set<Long> foundSet(String query) {
        return new TreeSet<>(found(query));
    }

    @Test
    void eachFilterAloneAndCombinedFindsExactlyTheExpectedPeople() {
        assertEquals(set(ann, bea, cal, dee), foundSet("q=" + t), "part of an address: never the erased person");
        assertEquals(set(ann), foundSet("q=" + t + "-ann"), "part of an e-mail address");
        assertEquals(set(ann), foundSet("q=LEE" + t.toUpperCase(Locale.ROOT)), "part of a name, any capitals");
        assertEquals(set(ann), foundSet("q=" + t + "&zip=05401"), "one ZIP");
        assertEquals(set(ann, bea), foundSet("q=" + t + "&zip=05401&radius=10"), "10 miles: 05446 is 5.1 away");
        assertEquals(set(ann, bea, cal), foundSet("q=" + t + "&zip=05401&radius=50"), "50 miles: 05602 is 32.7 away");
        assertEquals(set(ann, bea, cal), foundSet("q=" + t + "&state=VT"));
        assertEquals(set(dee), foundSet("q=" + t + "&state=ny"));
        assertEquals(set(bea, cal), foundSet("q=" + t + "&language=es"));
        assertEquals(set(ann, bea), foundSet("q=" + t + "&subscribed=yes"), "Dee unsubscribed, Cal never agreed");
        assertEquals(set(cal, dee), foundSet("q=" + t + "&subscribed=no"));
        assertEquals(set(ann), foundSet("tag=" + tag), "a tag, alone");
        assertEquals(set(ann, dee), foundSet("petition=" + petition), "a petition, alone");
        assertEquals(set(ann), foundSet("petition=" + petition + "&from=2026-01-01"), "signed in a date range");
        assertEquals(set(dee), foundSet("petition=" + petition + "&to=2025-12-31"));
        assertEquals(set(bea, cal), foundSet("event=" + event), "RSVPed, alone");
        assertEquals(set(bea), foundSet("event=" + event + "&attended=yes"), "checked in");
        assertEquals(set(cal), foundSet("campaign=" + campaign), "wrote, alone");
        assertEquals(set(dee), foundSet("q=" + t + "&from=2025-01-01&to=2025-02-01"), "did anything in a date range");
        assertEquals(set(bea), foundSet("q=" + t + "&subscribed=yes&language=es"));
        assertEquals(set(bea), foundSet("state=VT&language=es&event=" + event + "&attended=yes"));
        assertEquals(set(), foundSet("tag=" + tag + "&language=es"));
        assertEquals(List.of(cal, ann, dee, bea), found("q=" + t + "&sort=name"), "by last name");
        assertEquals(List.of(dee, cal, bea, ann), found("q=" + t + "&sort=newest"), "newest first");
    }

    @Test
    void badFiltersAreRefusedBesideTheFieldAndKept() {
        String page = given().get("/coordinator/supporters?zip=5401&state=Vermont&from=yesterday&q=" + t).then().statusCode(400)
                .extract().asString();
        for (String expected : new String[] {"Enter a ZIP code of 5 digits", "Enter a state as 2 letters", "Enter a date like 2026-03-14",
            "value=\"5401\"", "value=\"yesterday\"", "value=\"" + t + "\""}) {
            assertTrue(page.contains(expected), expected);
        }
        given().queryParam("q", "a\u0000b").get("/coordinator/supporters").then().statusCode(400);
        given().get("/coordinator/supporters?petition=x&page=-4&sort=drop").then().statusCode(400);
    }

    @Test
    void aWholeSearchResultIsTaggedAndUntaggedAfterSeeingTheCount() {
        String query = "q=" + t + "&state=VT";
        String name = t + "-vt";
        String preview = Forms.open("/coordinator/supporters?" + query).form().formParam("query", query)
                .formParam("tagName", name).formParam("mode", "add").post("/coordinator/supporters/tags")
                .then().statusCode(200).extract().asString();
        assertTrue(preview.contains("Tag 3 people"), preview);
        assertEquals(0, tagged(name), "nothing changes on the first press");
        long before = audits("TAG", "search:" + query);
        Forms.open("/coordinator/supporters?" + query).form().formParam("query", query).formParam("tagName", name)
                .formParam("mode", "add").formParam("step", "confirm").post("/coordinator/supporters/tags").then().statusCode(303);
        assertEquals(3, tagged(name));
        assertEquals(before + 1, audits("TAG", "search:" + query));
        assertEquals(3L, lastAuditPeople("TAG", "search:" + query));
        long tagId = QuarkusTransaction.requiringNew().call(() -> Tag.named(name).id);
        assertEquals(set(ann, bea, cal), foundSet("tag=" + tagId));

        Forms.open("/coordinator/supporters?" + query).form().formParam("query", "q=" + t + "&language=es").formParam("tagName", name)
                .formParam("mode", "remove").formParam("step", "confirm").post("/coordinator/supporters/tags").then().statusCode(303);
        assertEquals(set(ann), foundSet("tag=" + tagId), "removed from the Spanish readers only");
        assertEquals(2L, lastAuditPeople("UNTAG", "search:q=" + t + "&language=es"));
    }

    @Test
    void aSegmentsNewsReachesExactlyTheCountShownAndItsExportHoldsItsPeople() {
        String query = "q=" + t + "&language=es";
        Forms.open("/coordinator/supporters?" + query).form().formParam("query", query).formParam("name", "Spanish " + t)
                .post("/coordinator/supporters/segments").then().statusCode(303);
        Segment segment = QuarkusTransaction.requiringNew().call(() -> Segment.named("Spanish " + t).orElseThrow());
        assertEquals(query, segment.query);
        assertEquals(1, audits("SEGMENT_SAVED", "segment:" + segment.id));

        // Bea and Cal read Spanish; only Bea agreed to news.
        String preview = Forms.open("/coordinator/news").form().formParam("subject", "Noticias " + t).formParam("body", "Hola.")
                .formParam("audience", "segment:" + segment.id).post("/coordinator/news").then().statusCode(200).extract().asString();
        assertTrue(preview.contains("It will go to 1 person."), preview);
        Forms.open("/coordinator/news").form().formParam("subject", "Noticias " + t).formParam("body", "Hola.")
                .formParam("audience", "segment:" + segment.id).formParam("step", "send").post("/coordinator/news").then().statusCode(303);
        List<?> recipients = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT recipient FROM outbox_message WHERE subject = ?1").setParameter(1, "Noticias " + t).getResultList());
        assertEquals(List.of(t + "-bea@example.org"), recipients);
        assertEquals(1, audits("SEGMENT_SEND", "segment:" + segment.id));
        assertEquals(1L, lastAuditPeople("SEGMENT_SEND", "segment:" + segment.id));
        given().get("/coordinator/news").then().body(containsString("Segment “Spanish " + t + "”"));

        String csv = given().get("/coordinator/supporters/segments/" + segment.id + "/export.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(t + "-bea@example.org") && csv.contains(t + "-cal@example.org"), csv);
        assertFalse(csv.contains(t + "-ann@example.org"), csv);
        assertEquals(3, csv.strip().split("\r\n").length, "a heading and two people");
        assertEquals(1, audits("SEGMENT_EXPORT", "segment:" + segment.id));
        assertEquals(2L, lastAuditPeople("SEGMENT_EXPORT", "segment:" + segment.id));

        Forms.open("/coordinator/supporters").form().post("/coordinator/supporters/segments/" + segment.id + "/delete")
                .then().statusCode(303);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Segment.findById(segment.id)));
        given().get("/coordinator/news").then().body(containsString("Segment “Spanish " + t + "”"));
    }

    @Test
    void aPersonsPageTellsEverythingInTimeOrderAndTheirDetailsCanBeCorrected() {
        String page = given().get("/coordinator/supporters/" + ann).then().statusCode(200).extract().asString();
        for (String expected : new String[] {"Ann Lee" + t, "Signed “Petition " + t + "”", "Confirmed their signature",
            "Agreed to news e-mails (petition:" + t + ")", "E-mail me news", "Tagged “" + t + "-driver”",
            "/coordinator/reports/petitions/" + petition}) {
            assertTrue(page.contains(expected), expected);
        }
        assertTrue(page.indexOf("Joined") < page.indexOf("Signed “Petition"), "oldest first");
        String cals = given().get("/coordinator/supporters/" + cal).then().statusCode(200).extract().asString();
        assertTrue(cals.contains("Said they would come to “Walk " + t + "”") && cals.contains("Wrote in “Letters " + t + "”"), cals);

        Forms.open("/coordinator/supporters/" + ann).form().formParam("note", "Prefers a phone call.")
                .post("/coordinator/supporters/" + ann + "/notes").then().statusCode(303);
        given().get("/coordinator/supporters/" + ann).then().body(containsString("Prefers a phone call."));

        String bad = Forms.open("/coordinator/supporters/" + ann).form().formParam("firstName", "Ann").formParam("lastName", "Lee")
                .formParam("zip", "123").post("/coordinator/supporters/" + ann + "/correct").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("Enter a ZIP code of 5 digits") && bad.contains("value=\"123\""), bad);
        assertEquals(0, audits("CORRECT", "supporter:" + ann));
        Forms.open("/coordinator/supporters/" + ann).form().formParam("firstName", "Anne").formParam("lastName", "Lee" + t)
                .formParam("zip", "05446").post("/coordinator/supporters/" + ann + "/correct").then().statusCode(303);
        Supporter s = QuarkusTransaction.requiringNew().call(() -> Supporter.<Supporter>findById(ann));
        assertEquals("Anne", s.firstName);
        assertEquals("05446", s.zip);
        assertEquals(1, audits("CORRECT", "supporter:" + ann));

        Forms.open("/coordinator/supporters/" + ann).form().formParam("tagName", t + "-caller")
                .post("/coordinator/supporters/" + ann + "/tags").then().statusCode(303);
        assertEquals(1, audits("TAG", "supporter:" + ann));
        long caller = QuarkusTransaction.requiringNew().call(() -> Tag.named(t + "-caller").id);
        Forms.open("/coordinator/supporters/" + ann).form().formParam("tag", String.valueOf(caller))
                .post("/coordinator/supporters/" + ann + "/tags/remove").then().statusCode(303);
        assertEquals(1, audits("UNTAG", "supporter:" + ann));
    }

    @Test
    void aCoordinatorErasesAPersonAsTheyWouldThemselvesOnlyWhenSure() {
        Forms.open("/coordinator/supporters/" + cal).form().post("/coordinator/supporters/" + cal + "/erase").then().statusCode(400)
                .body(containsString("Tick the box to say you are sure"));
        assertEquals(0, audits("ERASE", "supporter:" + cal));
        Forms.open("/coordinator/supporters/" + cal).form().formParam("confirm", "yes").post("/coordinator/supporters/" + cal + "/erase")
                .then().statusCode(303);
        Supporter s = QuarkusTransaction.requiringNew().call(() -> Supporter.<Supporter>findById(cal));
        assertNotNull(s.erasedAt);
        assertEquals(null, s.email);
        assertEquals(1, audits("ERASE", "supporter:" + cal));
        assertEquals(set(bea), foundSet("event=" + event), "an erased person is found no more");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM rsvp WHERE event_id = ?1 AND supporter_id = ?2").setParameter(1, event).setParameter(2, cal)
                .getSingleResult()).longValue()), "the RSVP still counts");
        given().get("/coordinator/supporters/" + cal).then().statusCode(200).body(containsString("Erased person"));
    }

    @Test
    void theAuditPageListsAndFilters() {
        Forms.open("/coordinator/supporters/" + ann).form().formParam("tagName", t + "-audit")
                .post("/coordinator/supporters/" + ann + "/tags").then().statusCode(303);
        given().get("/coordinator/audit?action=TAG&actor=cora").then().statusCode(200)
                .body(containsString("supporter:" + ann), containsString(t + "-audit"));
        given().get("/coordinator/audit?action=ERASE&from=2000-01-01&to=2000-01-02").then().statusCode(200)
                .body(containsString("Nothing matches."));
        given().get("/coordinator/audit?action=NOPE&from=x").then().statusCode(400)
                .body(containsString("Choose one of the listed actions"), containsString("Enter a date like"));
    }

    long tagged(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM supporter_tag st JOIN tag g ON g.id = st.tag_id WHERE lower(g.name) = lower(?1)")
                .setParameter(1, name).getSingleResult()).longValue());
    }

    long audits(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE action = ?1 AND subject = ?2").setParameter(1, action).setParameter(2, subject)
                .getSingleResult()).longValue());
    }

    long lastAuditPeople(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT people FROM audit_entry WHERE action = ?1 AND subject = ?2 ORDER BY id DESC LIMIT 1").setParameter(1, action)
                .setParameter(2, subject).getSingleResult()).longValue());
    }
}
