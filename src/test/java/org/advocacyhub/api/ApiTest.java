package org.advocacyhub.api;

import static org.advocacyhub.api.ApiFixtures.count;
import static org.advocacyhub.api.ApiFixtures.execute;
import static org.advocacyhub.api.ApiFixtures.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.advocacyhub.event.Event;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterCampaign;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.supporter.Supporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partners read people, events, petitions and letter campaigns with OSDI's names, a page at a time, by modified date. */
@QuarkusTest
class ApiTest {

    static String key;

    @BeforeAll
    static void aKey() {
        key = ApiFixtures.key("reader");
    }

    static Supporter supporter(String email, String first, String zip, boolean consent) {
        return QuarkusTransaction.requiringNew().call(() -> Supporter.upsert(email, first, "Tester", zip, consent ? "test" : null, null));
    }

    @Test
    void theEntryPointLinksEveryCollection() {
        withKey(key).get("/api/v1").then().statusCode(200)
                .contentType(startsWith("application/hal+json"))
                .body("osdi_version", equalTo("1.0"))
                .body("max_pagesize", equalTo(100))
                .body("_links.self.href", endsWith("/api/v1"))
                .body("_links.'osdi:people'.href", endsWith("/api/v1/people"))
                .body("_links.'osdi:events'.href", endsWith("/api/v1/events"))
                .body("_links.'osdi:petitions'.href", endsWith("/api/v1/petitions"))
                .body("_links.'osdi:advocacy_campaigns'.href", endsWith("/api/v1/advocacy_campaigns"));
        // A client that asks for plain JSON gets the same, labelled so.
        withKey(key).accept("application/json").get("/api/v1").then().statusCode(200)
                .contentType(startsWith("application/json")).body("osdi_version", equalTo("1.0"));
    }

    @Test
    void peopleHaveOsdiFieldsAndNothingMore() {
        Instant before = Instant.now();
        Supporter ann = supporter(ApiFixtures.unique("ann") + "@example.org", "Ann", "05401", true);
        Supporter bo = supporter(ApiFixtures.unique("bo") + "@example.org", "Bo", "", false);
        JsonPath page = JsonPath.from(withKey(key).queryParam("filter", "modified_date ge '" + before + "'").queryParam("per_page", "100")
                .get("/api/v1/people").then().statusCode(200).contentType(startsWith("application/hal+json")).extract().asString());
        List<String> ids = page.getList("_embedded.'osdi:people'.collect { it.identifiers[0] }");
        assertTrue(ids.contains("advocacyhub:" + ann.id) && ids.contains("advocacyhub:" + bo.id), ids.toString());

        String base = "_embedded.'osdi:people'.find { it.identifiers[0] == 'advocacyhub:" + ann.id + "' }";
        assertEquals("Ann", page.getString(base + ".given_name"));
        assertEquals("Tester", page.getString(base + ".family_name"));
        assertEquals(ann.email, page.getString(base + ".email_addresses[0].address"));
        assertEquals("subscribed", page.getString(base + ".email_addresses[0].status"));
        assertEquals("05401", page.getString(base + ".postal_addresses[0].postal_code"));
        assertEquals("VT", page.getString(base + ".postal_addresses[0].region"));
        assertEquals("US", page.getString(base + ".postal_addresses[0].country"));
        assertEquals(List.of("en"), page.getList(base + ".languages_spoken"));
        assertTrue(page.getString(base + "._links.self.href").endsWith("/api/v1/people/" + ann.id));
        assertTrue(page.getString(base + ".created_date").endsWith("Z"));
        // Nothing else about the person: no account, no consent wording, no source.
        assertEquals(List.of("_links", "created_date", "email_addresses", "family_name", "given_name", "identifiers",
                "languages_spoken", "modified_date", "postal_addresses"),
                page.getMap(base).keySet().stream().sorted().toList());

        withKey(key).get("/api/v1/people/" + bo.id).then().statusCode(200)
                .body("email_addresses[0].status", equalTo("unsubscribed"))
                .body("postal_addresses", nullValue());
        withKey(key).get("/api/v1/people/999999999").then().statusCode(404).contentType(startsWith("application/json"))
                .body("error", equalTo("not_found"));
        withKey(key).get("/api/v1/people/not-a-number").then().statusCode(404).contentType(startsWith("application/json"))
                .body("error", equalTo("not_found"));
    }

    @Test
    void anErasedPersonIsListedWithoutPersonalData() {
        Supporter gone = supporter(ApiFixtures.unique("gone") + "@example.org", "Gone", "05401", true);
        execute("UPDATE supporter SET email = NULL, first_name = NULL, last_name = NULL, zip = NULL, erased_at = now() WHERE id = ?1", gone.id);
        String json = withKey(key).get("/api/v1/people/" + gone.id).then().statusCode(200)
                .body("custom_fields.erased", equalTo(true))
                .body("identifiers[0]", equalTo("advocacyhub:" + gone.id))
                .extract().asString();
        for (String personal : new String[] {"given_name", "family_name", "email_addresses", "postal_addresses", "Gone", "@example.org"}) {
            assertFalse(json.contains(personal), personal + " in " + json);
        }
    }

    @Test
    void eventsAndTheirAttendances() {
        Event walk = ApiFixtures.event("Awareness walk in the API", 40);
        Supporter cat = supporter(ApiFixtures.unique("cat") + "@example.org", "Cat", "99903", false);
        execute("INSERT INTO rsvp (event_id, supporter_id, status, checked_in_at) VALUES (?1, ?2, 'GOING', now())", walk.id, cat.id);
        Supporter dan = supporter(ApiFixtures.unique("dan") + "@example.org", "Dan", "99903", false);
        execute("INSERT INTO rsvp (event_id, supporter_id, status) VALUES (?1, ?2, 'WAITLISTED')", walk.id, dan.id);

        withKey(key).get("/api/v1/events/" + walk.id).then().statusCode(200)
                .body("title", equalTo("Awareness walk in the API"))
                .body("name", equalTo(walk.slug))
                .body("description", equalTo("An event for the API tests."))
                .body("status", equalTo("confirmed"))
                .body("start_date", equalTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(walk.getStart())))
                .body("location.venue", equalTo("Community Hall"))
                .body("location.address_lines[0]", equalTo("1 Harbor Road"))
                .body("location.locality", equalTo("Meyers Chuck"))
                .body("location.region", equalTo("AK"))
                .body("location.postal_code", equalTo("99903"))
                .body("capacity", equalTo(40))
                .body("total_accepted", equalTo(1))
                .body("browser_url", endsWith("/events/" + walk.slug))
                .body("_links.'osdi:attendances'.href", endsWith("/api/v1/events/" + walk.id + "/attendances"));

        JsonPath attendances = JsonPath.from(withKey(key).get("/api/v1/events/" + walk.id + "/attendances").then().statusCode(200)
                .body("total_records", equalTo(2)).extract().asString());
        assertEquals(List.of("accepted", "tentative"), attendances.getList("_embedded.'osdi:attendances'.status"));
        assertEquals(List.of(true, false), attendances.getList("_embedded.'osdi:attendances'.attended"));
        assertTrue(attendances.getString("_embedded.'osdi:attendances'[0]._links.'osdi:person'.href").endsWith("/api/v1/people/" + cat.id));

        withKey(key).get("/api/v1/events").then().statusCode(200)
                .body("_embedded.'osdi:events'.title", hasItem("Awareness walk in the API"));
        Event draft = ApiFixtures.event("A draft nobody may see", null);
        execute("UPDATE event SET status = 'DRAFT', published_at = NULL WHERE id = ?1", draft.id);
        withKey(key).get("/api/v1/events/" + draft.id).then().statusCode(404);
    }

    @Test
    void petitionsAndSignaturesWithTheirComments() {
        Petition p = ApiFixtures.petition("Fund MS research, says the API");
        Supporter eve = supporter(ApiFixtures.unique("eve") + "@example.org", "Eve", "05401", false);
        execute("INSERT INTO signature (petition_id, supporter_id, comment) VALUES (?1, ?2, 'For my sister')", p.id, eve.id);

        withKey(key).get("/api/v1/petitions/" + p.id).then().statusCode(200)
                .body("title", equalTo("Fund MS research, says the API"))
                .body("description", equalTo("Summary of Fund MS research, says the API"))
                .body("petition_text", equalTo("We ask Congress to **fund research**."))
                .body("target[0].name", equalTo("U.S. Congress"))
                .body("total_signatures", equalTo(1))
                .body("browser_url", endsWith("/petitions/" + p.slug))
                .body("_links.'osdi:signatures'.href", endsWith("/api/v1/petitions/" + p.id + "/signatures"));
        withKey(key).get("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(200)
                .body("total_records", equalTo(1))
                .body("_embedded.'osdi:signatures'[0].comments", equalTo("For my sister"))
                .body("_embedded.'osdi:signatures'[0].created_date", not(nullValue()))
                .body("_embedded.'osdi:signatures'[0]._links.'osdi:person'.href", endsWith("/api/v1/people/" + eve.id))
                .body("_embedded.'osdi:signatures'[0]._links.'osdi:petition'.href", endsWith("/api/v1/petitions/" + p.id));
    }

    @Test
    void letterCampaignsAndTheirLetters() {
        LetterCampaign c = QuarkusTransaction.requiringNew().call(() -> {
            LetterCampaign campaign = new LetterCampaign();
            campaign.title = "Write for research funding";
            campaign.slug = ApiFixtures.unique("api-campaign");
            campaign.intro = "Congress decides this spring.";
            campaign.chambers = Targets.SENATE;
            campaign.subjectTemplate = "Fund MS research";
            campaign.bodyTemplate = "Dear {legislator.title} {legislator.lastName}, please fund MS research.";
            campaign.status = CampaignStatus.CLOSED;
            campaign.persist();
            return campaign;
        });
        Supporter fay = supporter(ApiFixtures.unique("fay") + "@example.org", "Fay", "05401", false);
        execute("""
                INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient)
                SELECT ?1, ?2, id, 'Fund MS research', 'Dear Senator, please fund MS research.', 'Burlington', '05401', 'letters@example.org'
                FROM legislator WHERE chamber = 'SENATE' AND state = 'VT' AND current ORDER BY id LIMIT 1""", c.id, fay.id);

        withKey(key).get("/api/v1/advocacy_campaigns/" + c.id).then().statusCode(200)
                .body("title", equalTo("Write for research funding"))
                .body("description", equalTo("Congress decides this spring."))
                .body("template", containsString("{legislator.lastName}"))
                .body("total_outreaches", equalTo(1));
        withKey(key).get("/api/v1/advocacy_campaigns/" + c.id + "/outreaches").then().statusCode(200)
                .body("_embedded.'osdi:outreaches'[0].type", equalTo("email"))
                .body("_embedded.'osdi:outreaches'[0].subject", equalTo("Fund MS research"))
                .body("_embedded.'osdi:outreaches'[0].message", equalTo("Dear Senator, please fund MS research."))
                .body("_embedded.'osdi:outreaches'[0].targets[0].title", equalTo("Senator"))
                .body("_embedded.'osdi:outreaches'[0]._links.'osdi:person'.href", endsWith("/api/v1/people/" + fay.id));
    }

    @Test
    void collectionsComeAPageAtATime() {
        Petition p = ApiFixtures.petition("Three signatures");
        for (String name : new String[] {"gil", "hal", "ida"}) {
            Supporter s = supporter(ApiFixtures.unique(name) + "@example.org", name, "05401", false);
            execute("INSERT INTO signature (petition_id, supporter_id) VALUES (?1, ?2)", p.id, s.id);
        }
        String path = "/api/v1/petitions/" + p.id + "/signatures";
        JsonPath first = JsonPath.from(withKey(key).queryParam("per_page", "2").get(path).then().statusCode(200)
                .body("page", equalTo(1)).body("per_page", equalTo(2))
                .body("total_records", equalTo(3)).body("total_pages", equalTo(2))
                .body("_embedded.'osdi:signatures'.size()", equalTo(2))
                .body("_links.previous", nullValue())
                .extract().asString());
        String next = first.getString("_links.next.href");
        assertTrue(next.startsWith("http://localhost:") && next.contains(path + "?page=2&per_page=2"), next);

        withKey(key).get(next.substring(next.indexOf("/api/"))).then().statusCode(200)
                .body("page", equalTo(2)).body("_embedded.'osdi:signatures'.size()", equalTo(1))
                .body("_links.next", nullValue())
                .body("_links.previous.href", endsWith(path + "?page=1&per_page=2"));

        withKey(key).queryParam("per_page", "1000").get(path).then().statusCode(200).body("per_page", equalTo(100));
        withKey(key).queryParam("per_page", "none").get(path).then().statusCode(400).body("error", equalTo("bad_request"));
        withKey(key).queryParam("page", "0").get(path).then().statusCode(400);
    }

    @Test
    void aSyncAsksForWhatChangedSinceItsLastVisit() throws InterruptedException {
        Supporter old = supporter(ApiFixtures.unique("old") + "@example.org", "Old", "05401", false);
        Supporter touched = supporter(ApiFixtures.unique("touched") + "@example.org", "Touched", "05401", false);
        Thread.sleep(20);
        Instant lastSync = Instant.now();
        Thread.sleep(20);
        execute("UPDATE supporter SET first_name = 'Changed' WHERE id = ?1", touched.id);

        List<String> changed = JsonPath.from(withKey(key).queryParam("filter", "modified_date gt '" + lastSync + "'").queryParam("per_page", "100")
                .get("/api/v1/people").then().statusCode(200).extract().asString()).getList("_embedded.'osdi:people'.collect { it.identifiers[0] }");
        assertTrue(changed.contains("advocacyhub:" + touched.id), changed.toString());
        assertFalse(changed.contains("advocacyhub:" + old.id), changed.toString());

        List<String> before = JsonPath.from(withKey(key).queryParam("filter", "modified_date le '" + lastSync + "' and modified_date gt '2000-01-01'")
                .queryParam("per_page", "100").queryParam("page", "1").get("/api/v1/people").then().statusCode(200).extract().asString())
                .getList("_links.'osdi:people'.href");
        assertFalse(before.stream().anyMatch(h -> h.endsWith("/people/" + touched.id)), before.toString());

        // The links of a filtered page keep the filter.
        withKey(key).queryParam("filter", "modified_date gt '" + lastSync + "'").get("/api/v1/people").then()
                .body("_links.self.href", containsString("filter=modified_date%20gt%20%27"));
    }

    @Test
    void everyTableTheApiServesKeepsItsModifiedDate() throws InterruptedException {
        Petition p = ApiFixtures.petition("Modified dates");
        Supporter s = supporter(ApiFixtures.unique("mod") + "@example.org", "Mod", "05401", false);
        execute("INSERT INTO signature (petition_id, supporter_id) VALUES (?1, ?2)", p.id, s.id);
        Event e = ApiFixtures.event("Modified dates", null);
        execute("INSERT INTO rsvp (event_id, supporter_id, status) VALUES (?1, ?2, 'GOING')", e.id, s.id);
        Thread.sleep(20);
        Instant t = Instant.now();
        Thread.sleep(20);
        execute("UPDATE signature SET verified_at = now() WHERE petition_id = ?1", p.id);
        execute("UPDATE rsvp SET guests = 1 WHERE event_id = ?1", e.id);
        execute("UPDATE event SET title = 'Modified dates, renamed' WHERE id = ?1", e.id);
        execute("UPDATE petition SET title = 'Modified dates, renamed' WHERE id = ?1", p.id);
        for (String table : new String[] {"signature WHERE petition_id", "rsvp WHERE event_id", "event WHERE id", "petition WHERE id"}) {
            long id = table.startsWith("rsvp") || table.startsWith("event") ? e.id : p.id;
            assertEquals(1, count("SELECT count(*) FROM " + table + " = ?1 AND updated_at > ?2", id, java.sql.Timestamp.from(t)), table);
        }
    }

    @Test
    void aFilterThatIsNotOneWeReadIsRefusedWithAMessage() {
        for (String filter : new String[] {"name eq 'walk'", "modified_date gt 2026-01-01", "modified_date gt 'yesterday'",
            "modified_date gt '2026-01-01' or modified_date lt '2026-02-01'"}) {
            withKey(key).queryParam("filter", filter).get("/api/v1/people").then().statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("error", equalTo("invalid_filter"))
                    .body("message", containsString("2026-01-01"));
        }
        withKey(key).queryParam("filter", "Modified_Date GE '2026-01-01T00:00:00+02:00'").get("/api/v1/petitions").then().statusCode(200);
    }
}
