package org.advocacyhub.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.advocacyhub.testsupport.KeycloakServer;

/**
 * What the API tests need in the running Keycloak, made through its admin REST API when missing, so
 * that a Keycloak started before the realm file had them (a long-running dev one) serves too:
 * the realm roles "api" and "api-email", the partners' client as the realm file declares it, and a test-only client
 * (never in the realm file) that lets a test get a volunteer's token with their password.
 */
final class KeycloakClients {

    static final String PARTNER = "advocacy-partner";
    static final String TEST_LOGIN = "advocacy-api-test-login";
    private static final String ADMIN = KeycloakServer.URL + "/admin/realms/advocacy";
    private static final String TOKEN = KeycloakServer.URL + "/realms/advocacy/protocol/openid-connect/token";

    private static String partnerSecret;

    private KeycloakClients() {
    }

    /** A client-credentials token of the partners' client: its service account has the role "api". */
    static synchronized String partnerToken() {
        ensure();
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", PARTNER).formParam("client_secret", partnerSecret)
                .post(TOKEN).then().statusCode(200).extract().path("access_token");
    }

    /** The demo volunteer's own access token: a valid token of this realm, without the role "api". */
    static synchronized String volunteerToken() {
        ensure();
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", TEST_LOGIN)
                .formParam("username", "volunteer").formParam("password", "volunteer-demo")
                .post(TOKEN).then().statusCode(200).extract().path("access_token");
    }

    private static void ensure() {
        if (partnerSecret != null) {
            return;
        }
        String admin = given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KeycloakServer.URL + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        if (given().auth().oauth2(admin).get(ADMIN + "/roles/api").statusCode() == 404) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "api", "description", "Partners' tools: read the OSDI API (/api/v1) and send it signatures and RSVPs"))
                    .post(ADMIN + "/roles").then().statusCode(201);
        }
        if (given().auth().oauth2(admin).get(ADMIN + "/roles/" + ApiAccessFilter.EMAIL_ROLE).statusCode() == 404) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", ApiAccessFilter.EMAIL_ROLE, "description", "Partners' tools: also read people's e-mail addresses"))
                    .post(ADMIN + "/roles").then().statusCode(201);
        }
        String partner = clientId(admin, PARTNER, Map.of("clientId", PARTNER, "publicClient", false, "secret", "dev-only-partner-secret",
                "standardFlowEnabled", false, "directAccessGrantsEnabled", false, "serviceAccountsEnabled", true));
        String serviceAccount = given().auth().oauth2(admin).get(ADMIN + "/clients/" + partner + "/service-account-user")
                .then().statusCode(200).extract().path("id");
        Map<String, Object> role = given().auth().oauth2(admin).get(ADMIN + "/roles/api").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> emailRole = given().auth().oauth2(admin).get(ADMIN + "/roles/" + ApiAccessFilter.EMAIL_ROLE).then().statusCode(200)
                .extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role, emailRole))
                .post(ADMIN + "/users/" + serviceAccount + "/role-mappings/realm").then().statusCode(204);
        partnerSecret = given().auth().oauth2(admin).get(ADMIN + "/clients/" + partner + "/client-secret")
                .then().statusCode(200).extract().path("value");
        clientId(admin, TEST_LOGIN, Map.of("clientId", TEST_LOGIN, "publicClient", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true));
    }

    /** The internal id of a client, made as described when it is missing. */
    private static String clientId(String admin, String clientId, Map<String, Object> representation) {
        List<String> ids = JsonPath.from(given().auth().oauth2(admin).queryParam("clientId", clientId).get(ADMIN + "/clients")
                .then().statusCode(200).extract().asString()).getList("id");
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(representation).post(ADMIN + "/clients").then().statusCode(201);
        return clientId(admin, clientId, representation);
    }
}
