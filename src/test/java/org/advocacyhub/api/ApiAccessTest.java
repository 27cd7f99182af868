package org.advocacyhub.api;

import static io.restassured.RestAssured.given;
import static org.advocacyhub.api.ApiFixtures.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/**
 * Only partners get in: with an API key that is not revoked, or a Keycloak token carrying the role
 * "api" (a partner's client credentials). Everyone else is refused, in JSON.
 */
@QuarkusTest
class ApiAccessTest {

    @Test
    void noKeyAWrongKeyAndARevokedKeyAreRefused() {
        var refused = given().get("/api/v1/people").then().statusCode(401)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("unauthorized"))
                .body("message", containsString("OSDI-API-Token")).extract();
        assertEquals(List.of("OSDI-API-Token realm=\"advocacy\"", "Bearer realm=\"advocacy\""), refused.headers().getValues("WWW-Authenticate"));
        withKey("ahk_not-a-key-we-ever-made").get("/api/v1/people").then().statusCode(401).body("error", equalTo("unauthorized"));

        String key = ApiFixtures.key("soon revoked");
        withKey(key).get("/api/v1/people").then().statusCode(200);
        ApiFixtures.execute("UPDATE api_key SET revoked_at = now() WHERE key_hash = ?1", ApiKey.hash(key));
        withKey(key).get("/api/v1/people").then().statusCode(401).body("message", containsString("revoked"));
    }

    @Test
    void aKeyIsNotedAsUsed() {
        String key = ApiFixtures.key("noted");
        withKey(key).get("/api/v1").then().statusCode(200);
        assertEquals(1,
                ApiFixtures.count("SELECT count(*) FROM api_key WHERE key_hash = ?1 AND last_used_at IS NOT NULL", ApiKey.hash(key)));
    }

    @Test
    void aPartnersClientCredentialsTokenIsLetIn() {
        given().auth().oauth2(KeycloakClients.partnerToken()).get("/api/v1/people").then().statusCode(200)
                .contentType(startsWith("application/hal+json"));
    }

    @Test
    void aVolunteersTokenIsValidButNotAPartners() {
        given().auth().oauth2(KeycloakClients.volunteerToken()).get("/api/v1/people").then().statusCode(403)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("forbidden"));
    }

    @Test
    void aTokenThatIsNotKeycloaksIsRefused() {
        given().auth().oauth2("not.a.token").get("/api/v1/people").then().statusCode(401);
    }

    @Test
    void aJsonPostNeedsACredentialButNoCsrfToken() {
        Petition p = ApiFixtures.petition("Posted without a key");
        String body = "{\"person\": {\"given_name\": \"Jo\", \"family_name\": \"Doe\", \"email_addresses\": [{\"address\": \"jo@example.org\"}],"
                + " \"postal_addresses\": [{\"postal_code\": \"05401\"}]}}";
        given().contentType("application/json").body(body).post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(401);
        given().auth().oauth2(KeycloakClients.partnerToken()).contentType("application/json").body(body)
                .post("/api/v1/petitions/" + p.id + "/signatures").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "cora-api", roles = {"volunteer", "coordinator"})
    void theSitesFormsStillNeedTheirCsrfTokenAndAFormBody() {
        Petition p = ApiFixtures.petition("Still protected");
        String close = "/coordinator/petitions/" + p.id + "/close";
        // Without its token a form post is refused, as before; a body that is not a form (which the CSRF
        // filter does not read) cannot slip past the check: a cross-site text/plain post, say.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post(close).then().statusCode(400);
        given().redirects().follow(false).contentType("text/plain").body("x").post(close).then().statusCode(400);
        given().redirects().follow(false).contentType("application/json").body("{}").post(close).then().statusCode(400);
        given().redirects().follow(false).post(close).then().statusCode(400);
        assertEquals(0, ApiFixtures.count("SELECT count(*) FROM petition WHERE id = ?1 AND status = 'CLOSED'", p.id));
        Forms.open("/coordinator/petitions").form().post(close).then().statusCode(303);
        assertEquals(1, ApiFixtures.count("SELECT count(*) FROM petition WHERE id = ?1 AND status = 'CLOSED'", p.id));
    }

    @Test
    void aPathTheApiDoesNotHaveIsAJson404() {
        String key = ApiFixtures.key("lost");
        withKey(key).get("/api/v1/nothing/here").then().statusCode(404).contentType(startsWith("application/json"))
                .body("error", equalTo("not_found"));
        withKey(key).get("/api/v1/people").then().statusCode(200);
        withKey(key).get("/api/v1/events/999999999/attendances").then().statusCode(404).contentType(startsWith("application/json"));
    }

    @Test
    void theApiIsDescribedAtItsEntryPointToPartnersOnly() {
        withKey(ApiFixtures.key("entry")).get("/api/v1").then().statusCode(200)
                .body("_links.keySet()", hasItems("self", "osdi:people", "osdi:events", "osdi:petitions", "osdi:advocacy_campaigns"));
    }
}
