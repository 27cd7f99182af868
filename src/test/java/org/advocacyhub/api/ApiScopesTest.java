package org.advocacyhub.api;

import static io.restassured.RestAssured.given;
import static org.advocacyhub.api.ApiFixtures.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.event.Event;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 12: a key is read-only or read-write, reading e-mail addresses is its own scope, a
 * relayed action never clears an unsubscribe, and coordinators see each key's scopes and last use.
 */
@QuarkusTest
class ApiScopesTest {

    private static final Pattern KEY = Pattern.compile("(ahk_[A-Za-z0-9_-]{43})");

    @Test
    void aReadOnlyKeyReadsButRecordsNothing() {
        String key = ApiFixtures.key("read only", false, false);
        Petition p = ApiFixtures.petition("Read-only partners");
        Event e = ApiFixtures.event("Read-only partners' event", null);
        withKey(key).get("/api/v1/petitions/" + p.id).then().statusCode(200);

        String email = ApiFixtures.unique("ro") + "@example.org";
        withKey(key).contentType("application/json")
                .body(Map.of("person", ApiFixtures.person("Ro", "Key", email, true, "05401")))
                .post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(403)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("insufficient_scope"), "message", containsString("read-only"));
        withKey(key).contentType("application/json")
                .body(Map.of("person", ApiFixtures.person("Ro", "Key", email, true, "05401")))
                .post("/api/v1/events/" + e.id + "/attendances").then().statusCode(403)
                .body("error", equalTo("insufficient_scope"));
        assertEquals(0, ApiFixtures.count("SELECT count(*) FROM supporter WHERE email = ?1", email), "nothing stored");

        String writer = ApiFixtures.key("read write", true, false);
        withKey(writer).contentType("application/json")
                .body(Map.of("person", ApiFixtures.person("Rw", "Key", email, false, "05401")))
                .post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(201);
    }

    @Test
    void eMailAddressesOnlyWithTheirScope() {
        String email = ApiFixtures.unique("scoped") + "@example.org";
        long id = QuarkusTransaction.requiringNew().call(() -> Supporter.upsert(email, "Sco", "Ped", "05401", "test", null).id);

        String plain = ApiFixtures.key("no e-mail", true, false);
        String body = withKey(plain).get("/api/v1/people/" + id).then().statusCode(200)
                .body("given_name", equalTo("Sco"))
                .body("email_addresses[0].address", nullValue())
                .body("email_addresses[0].status", equalTo("subscribed")).extract().asString();
        assertTrue(!body.contains(email), "the address is nowhere in the answer: " + body);
        withKey(plain).get("/api/v1/people?per_page=100&filter=modified_date ge '2000-01-01'").then().statusCode(200)
                .body(not(containsString("@example.org")));

        String withEmail = ApiFixtures.key("with e-mail", false, true);
        withKey(withEmail).get("/api/v1/people/" + id).then().statusCode(200)
                .body("email_addresses[0].address", equalTo(email));
    }

    @Test
    void aRelayedActionNeverClearsAnUnsubscribe() {
        String email = ApiFixtures.unique("stopped") + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> Supporter.upsert(email, "Una", "Stop", "05401", "petition:first", null));
        ApiFixtures.execute("UPDATE supporter SET email_consent_at = NULL, unsubscribed_at = now(), unsubscribe_source = 'link' WHERE email = ?1",
                email);
        String key = ApiFixtures.key("old list", true, true);

        Petition p = ApiFixtures.petition("Relayed after an unsubscribe");
        withKey(key).contentType("application/json").body(Map.of("person", ApiFixtures.person("Una", "Stop", email, true, "05401")))
                .post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(201);
        Event e = ApiFixtures.event("Relayed RSVP after an unsubscribe", null);
        withKey(key).contentType("application/json").body(Map.of("person", ApiFixtures.person("Una", "Stop", email, true, "05401")))
                .post("/api/v1/events/" + e.id + "/attendances").then().statusCode(201);

        // The actions are recorded; the "stop" stands.
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM signature s JOIN supporter p ON p.id = s.supporter_id WHERE p.email = ?1", email));
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM rsvp r JOIN supporter p ON p.id = r.supporter_id WHERE p.email = ?1"
                + " AND NOT r.email_updates", email));
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM supporter WHERE email = ?1 AND unsubscribed_at IS NOT NULL"
                + " AND email_consent_at IS NULL AND unsubscribe_source = 'link'", email));
        assertEquals(0, ApiFixtures.count("SELECT count(*) FROM consent_event c JOIN supporter p ON p.id = c.supporter_id"
                + " WHERE p.email = ?1 AND c.source LIKE 'api:%'", email));

        // Nor is a re-subscription held for the owner to confirm: there is nothing to confirm.
        assertEquals(0, ApiFixtures.count("SELECT count(*) FROM pending_change c JOIN supporter p ON p.id = c.supporter_id"
                + " WHERE p.email = ?1 AND c.consent_source IS NOT NULL", email));

        // A person we never heard from gets the partner's consent as its source, waiting for their own
        // confirmation (news consent is double opt-in, privacy/Changes).
        String fresh = ApiFixtures.unique("fresh") + "@example.org";
        withKey(key).contentType("application/json").body(Map.of("person", ApiFixtures.person("Fre", "Sh", fresh, true, "05401")))
                .post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(201);
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM pending_change c JOIN supporter p ON p.id = c.supporter_id"
                + " WHERE p.email = ?1 AND p.email_consent_at IS NULL AND c.consent_source LIKE 'api:%'", fresh));
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        String key = ApiFixtures.key("busy");
        String hash = ApiKey.hash(key);
        ApiFixtures.execute("UPDATE api_key SET last_used_at = now() - interval '30 seconds' WHERE key_hash = ?1", hash);
        withKey(key).get("/api/v1").then().statusCode(200);
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM api_key WHERE key_hash = ?1"
                + " AND last_used_at < now() - interval '29 seconds'", hash), "used 30 s ago: not written again");
        ApiFixtures.execute("UPDATE api_key SET last_used_at = now() - interval '2 minutes' WHERE key_hash = ?1", hash);
        withKey(key).get("/api/v1").then().statusCode(200);
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM api_key WHERE key_hash = ?1"
                + " AND last_used_at > now() - interval '10 seconds'", hash), "used 2 minutes ago: written");
    }

    @Test
    @TestSecurity(user = "cora-scopes", roles = {"volunteer", "coordinator"})
    void aCoordinatorChoosesTheScopesAndSeesThemWithTheLastUse() {
        given().get("/coordinator/api-keys").then().statusCode(200)
                .body(containsString("What may the tool do?"),
                        containsString("id=\"access\" name=\"access\" value=\"read\" checked"),
                        containsString("id=\"email\" name=\"email\" value=\"yes\" aria-describedby"));

        String reader = ApiFixtures.unique("Reader");
        String readerKey = make(Forms.open("/coordinator/api-keys").form().formParam("name", reader).formParam("access", "read"));
        String mailer = ApiFixtures.unique("Mailer");
        String mailerKey = make(Forms.open("/coordinator/api-keys").form().formParam("name", mailer).formParam("access", "write")
                .formParam("email", "yes"));
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM api_key WHERE name = ?1 AND NOT can_write AND NOT read_email", reader));
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM api_key WHERE name = ?1 AND can_write AND read_email", mailer));
        withKey(mailerKey).get("/api/v1").then().statusCode(200);

        String list = given().get("/coordinator/api-keys").then().statusCode(200).extract().asString();
        String readerRow = row(list, reader);
        assertTrue(readerRow.contains("<li>read</li>") && !readerRow.contains("record signatures") && !readerRow.contains("e-mail addresses")
                && readerRow.contains("Never"), readerRow);
        String mailerRow = row(list, mailer);
        assertTrue(mailerRow.contains("<li>record signatures and RSVPs</li>") && mailerRow.contains("<li>read e-mail addresses</li>")
                && !mailerRow.contains("Never"), mailerRow);
        withKey(readerKey).get("/api/v1").then().statusCode(200);

        // A forged or missing choice is refused beside the field, with the name kept and nothing made.
        String forged = ApiFixtures.unique("Forged");
        Forms.open("/coordinator/api-keys").form().formParam("name", forged).formParam("access", "admin").post("/coordinator/api-keys")
                .then().statusCode(400)
                .body(containsString("id=\"access-error\""), containsString("Choose whether the key may only read"),
                        containsString("value=\"" + forged + "\""));
        assertEquals(0, ApiFixtures.count("SELECT count(*) FROM api_key WHERE name = ?1", forged));
    }

    @Test
    @TestSecurity(user = "cora-scopes", roles = {"volunteer", "coordinator"})
    void theScopesSpeakSpanish() {
        given().header("Accept-Language", "es").get("/coordinator/api-keys").then().statusCode(200)
                .body(containsString("¿Qué puede hacer la herramienta?"), containsString("Leer también las direcciones de correo"));
    }

    private static String make(io.restassured.specification.RequestSpecification form) {
        String page = form.post("/coordinator/api-keys").then().statusCode(200).extract().asString();
        Matcher m = KEY.matcher(page);
        assertTrue(m.find(), "the key is on the page");
        return m.group(1);
    }

    /** The table row of the key with this name. */
    private static String row(String page, String name) {
        int start = page.indexOf("<th scope=\"row\">" + name + "</th>");
        assertTrue(start > 0, "no row for " + name);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
