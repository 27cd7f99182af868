package org.advocacyhub.api;

import static org.advocacyhub.api.ApiFixtures.count;
import static org.advocacyhub.api.ApiFixtures.person;
import static org.advocacyhub.api.ApiFixtures.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.advocacyhub.event.Event;
import org.advocacyhub.petition.Petition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signatures and RSVPs a partner's tool relays take the web form's road: one signature per person,
 * places counted against the capacity, consent only when the person opted in, recorded as given to
 * the partner, and the form's own validation.
 */
@QuarkusTest
class ApiPostTest {

    static String keyName;
    static String key;

    @BeforeAll
    static void aKey() {
        keyName = ApiFixtures.unique("Partner sync");
        key = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ApiKey.issue(keyName, "test", true, true).key());
    }

    static io.restassured.response.ValidatableResponse post(String path, Map<String, Object> body) {
        return withKey(key).contentType("application/json").body(body).post(path).then();
    }

    @Test
    void aSignatureSentTwiceIsOneSignature() {
        Petition p = ApiFixtures.petition("Signed twice through the API");
        String email = ApiFixtures.unique("twice") + "@Example.org";
        Map<String, Object> body = Map.of("person", person("Kim", "Lee", email, true, "05401"), "comments", "My mother has MS");
        var created = post("/api/v1/petitions/" + p.id + "/signatures", body).statusCode(201)
                .contentType(startsWith("application/hal+json"))
                .body("comments", equalTo("My mother has MS"))
                .body("_links.'osdi:petition'.href", endsWith("/api/v1/petitions/" + p.id))
                .extract();
        String self = created.path("_links.self.href");
        assertEquals(self, created.header("Location"));
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Kim", "Lee", email.toUpperCase(), true, "05401")))
                .statusCode(200).body("_links.self.href", equalTo(self));

        assertEquals(1, count("SELECT count(*) FROM signature WHERE petition_id = ?1", p.id));
        // She opted in on the partner's form: as on our own forms, the consent counts once she confirms it
        // (double opt-in). It waits, with the partner as its source; the repeat asks nothing more.
        assertEquals(1, count("SELECT count(*) FROM supporter WHERE email = lower(?1) AND email_consent_at IS NULL", email));
        assertEquals(1, count("SELECT count(*) FROM pending_change c JOIN supporter s ON s.id = c.supporter_id "
                + "WHERE s.email = lower(?1) AND c.consent_source = ?2 AND c.applied_at IS NULL", email, "api:" + keyName));
        // A new signature asks its signer to confirm the address, as on the site, and the consent its own
        // confirmation; a repeat sends nothing.
        assertEquals(2, count("SELECT count(*) FROM outbox_message WHERE recipient = lower(?1)", email));
        assertEquals(1, count("SELECT count(*) FROM outbox_message WHERE recipient = lower(?1) AND kind = 'pending-change'", email));
    }

    @Test
    void noConsentIsRecordedUnlessThePersonOptedIn() {
        Petition p = ApiFixtures.petition("Signed without opting in");
        String email = ApiFixtures.unique("quiet") + "@example.org";
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Quinn", "Ray", email, false, "05401"))).statusCode(201);
        assertEquals(1, count("SELECT count(*) FROM supporter WHERE email = ?1 AND email_consent_at IS NULL", email));
    }

    @Test
    void aRelayedSignatureKeepsThePersonsLanguage() {
        Petition p = ApiFixtures.petition("Relayed for a Spanish reader");
        String email = ApiFixtures.unique("lectora") + "@example.org";
        ApiFixtures.execute("INSERT INTO supporter (email, first_name, language) VALUES (?1, 'Lucía', 'es')", email);
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Lucía", "Ruiz", email, false, "05401")))
                .statusCode(201);
        assertEquals(1, count("SELECT count(*) FROM supporter WHERE email = ?1 AND language = 'es'", email));
    }

    @Test
    void aSignatureIsCheckedAsTheFormChecksIt() {
        Petition p = ApiFixtures.petition("Checked like the form");
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("", "Ray", "not-an-address", false, "5401")))
                .statusCode(400)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("invalid_person"))
                .body("fields.'person.given_name'", equalTo("Enter your first name"))
                .body("fields.'person.email_addresses'", containsString("right format"))
                .body("fields.'person.postal_addresses'", containsString("ZIP code"));
        withKey(key).contentType("application/json").body("{not json").post("/api/v1/petitions/" + p.id + "/signatures").then()
                .statusCode(400).body("error", equalTo("invalid_body"));
        withKey(key).contentType("application/json").body("{\"comments\": \"no person\"}").post("/api/v1/petitions/" + p.id + "/signatures")
                .then().statusCode(400).body("error", equalTo("invalid_body"));
        assertEquals(0, count("SELECT count(*) FROM signature WHERE petition_id = ?1", p.id));

        ApiFixtures.execute("UPDATE petition SET status = 'CLOSED' WHERE id = ?1", p.id);
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Ann", "Ray", "ann@example.org", false, "05401")))
                .statusCode(409).body("error", equalTo("not_open"));
    }

    @Test
    void anAddressSignsNoMoreOftenThanOnTheSite() {
        // The web form allows 5 attempts per address in 10 minutes; the API counts in the same bucket.
        Petition p = ApiFixtures.petition("Rate limited");
        String email = ApiFixtures.unique("eager") + "@example.org";
        for (int i = 0; i < 5; i++) {
            post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Eli", "Eager", email, false, "05401")))
                    .statusCode(i == 0 ? 201 : 200);
        }
        post("/api/v1/petitions/" + p.id + "/signatures", Map.of("person", person("Eli", "Eager", email, false, "05401")))
                .statusCode(429).body("error", equalTo("too_many_requests"));
    }

    @Test
    void anAttendanceTakesAPlaceOnceAndTheWaitingListAfterThat() {
        Event small = ApiFixtures.event("One place left", 1);
        String path = "/api/v1/events/" + small.id + "/attendances";
        String first = ApiFixtures.unique("first") + "@example.org";
        post(path, Map.of("person", person("Fern", "First", first, true, "99903"))).statusCode(201)
                .body("status", equalTo("accepted"))
                .body("_links.'osdi:event'.href", endsWith("/api/v1/events/" + small.id));
        post(path, Map.of("person", person("Fern", "First", first, true, "99903"))).statusCode(200).body("status", equalTo("accepted"));
        post(path, Map.of("person", person("Gus", "Second", ApiFixtures.unique("second") + "@example.org", false, "")))
                .statusCode(201).body("status", equalTo("tentative"));

        assertEquals(2, count("SELECT count(*) FROM rsvp WHERE event_id = ?1", small.id));
        assertEquals(1, count("SELECT count(*) FROM rsvp WHERE event_id = ?1 AND status = 'GOING'", small.id));
        assertEquals(1, count("SELECT count(*) FROM pending_change c JOIN supporter s ON s.id = c.supporter_id "
                + "WHERE s.email = ?1 AND c.consent_source = ?2", first, "api:" + keyName));
        withKey(key).get("/api/v1/events/" + small.id).then().body("total_accepted", equalTo(1));

        post(path, Map.of("person", person("Hal", "Third", "hal@example.org", false, ""), "status", "declined")).statusCode(400);
        ApiFixtures.execute("UPDATE event SET status = 'CANCELLED' WHERE id = ?1", small.id);
        post(path, Map.of("person", person("Ivy", "Late", "ivy@example.org", false, ""))).statusCode(409);
    }
}
