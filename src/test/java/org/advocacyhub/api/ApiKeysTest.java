package org.advocacyhub.api;

import static io.restassured.RestAssured.given;
import static org.advocacyhub.api.ApiFixtures.count;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** Coordinators make a key for a partner's tool (shown once, stored as a hash) and revoke it. */
@QuarkusTest
class ApiKeysTest {

    private static final Pattern KEY = Pattern.compile(">(ahk_[A-Za-z0-9_-]{43})</textarea>");

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerCannotSeeOrMakeKeys() {
        given().get("/coordinator/api-keys").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("name", "Mine now")
                .post("/coordinator/api-keys").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").post("/coordinator/api-keys/1/revoke").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/coordinator/api-keys").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "cora-keys", roles = {"volunteer", "coordinator"})
    void aCoordinatorMakesAKeySeenOnceAndRevokesIt() {
        String name = ApiFixtures.unique("ActionKit sync");
        var made = Forms.open("/coordinator/api-keys").form().formParam("name", "  " + name + " ").formParam("access", "write")
                .post("/coordinator/api-keys").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Your new key"), containsString(name)).extract();
        Matcher m = KEY.matcher(made.asString());
        assertTrue(m.find(), "the key is on the page");
        String key = m.group(1);

        // Only the hash and a short prefix are stored; the list shows the prefix, never the key.
        assertEquals(1, count("SELECT count(*) FROM api_key WHERE name = ?1 AND key_hash = ?2 AND prefix = ?3 AND created_by = 'cora-keys'",
                name, ApiKey.hash(key), key.substring(0, 12)));
        assertEquals(0, count("SELECT count(*) FROM api_key WHERE key_hash = ?1 OR prefix = ?1 OR name = ?1", key));
        String list = given().get("/coordinator/api-keys").then().statusCode(200)
                .body(containsString(name), containsString(key.substring(0, 12) + "…")).extract().asString();
        assertFalse(list.contains(key), "the list shows the key again");

        ApiFixtures.withKey(key).get("/api/v1").then().statusCode(200);

        long id = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("name", name).firstResult().id);
        String location = Forms.open("/coordinator/api-keys").form().post("/coordinator/api-keys/" + id + "/revoke")
                .then().statusCode(303).extract().header("Location");
        given().get(location.substring(location.indexOf("/coordinator"))).then().statusCode(200)
                .body(containsString("The key “" + name + "” is revoked."), containsString("Revoked"));
        assertEquals(1, count("SELECT count(*) FROM api_key WHERE id = ?1 AND revoked_at IS NOT NULL AND revoked_by = 'cora-keys'", id));
        ApiFixtures.withKey(key).get("/api/v1").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "cora-keys", roles = {"volunteer", "coordinator"})
    void aKeyNeedsANameNoKeyInUseHas() {
        Forms.open("/coordinator/api-keys").form().formParam("name", " ").post("/coordinator/api-keys").then().statusCode(400)
                .body(containsString("<title>Error: API keys for partners"), containsString("Enter a name for the key"));
        String name = ApiFixtures.unique("Twin");
        Forms.open("/coordinator/api-keys").form().formParam("name", name).formParam("access", "read").post("/coordinator/api-keys").then().statusCode(200);
        Forms.open("/coordinator/api-keys").form().formParam("name", name.toUpperCase()).formParam("access", "read").post("/coordinator/api-keys").then().statusCode(400)
                .body(containsString("A key in use already has this name"), containsString("value=\"" + name.toUpperCase() + "\""));
        assertEquals(1, count("SELECT count(*) FROM api_key WHERE lower(name) = lower(?1)", name));
    }

    @Test
    @TestSecurity(user = "cora-keys", roles = {"volunteer", "coordinator"})
    void thePageSpeaksSpanish() {
        given().header("Accept-Language", "es").get("/coordinator/api-keys").then().statusCode(200)
                .body(containsString("Claves de la API para socios"), containsString("Crear la clave"));
    }
}
