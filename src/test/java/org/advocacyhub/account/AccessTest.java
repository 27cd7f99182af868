package org.advocacyhub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.advocacyhub.testsupport.KeycloakServer;
import org.junit.jupiter.api.Test;

/** Who may see what. The real sign-in through Keycloak is in SignInBrowserTest. */
@QuarkusTest
class AccessTest {

    @Test
    void anonymousVisitorsAreSentToKeycloakToSignIn() {
        for (String path : new String[] {"/coordinator", "/me", "/account/sign-in"}) {
            given().redirects().follow(false).get(path).then()
                    .statusCode(302)
                    .header("Location", startsWith(KeycloakServer.URL + "/realms/advocacy/protocol/openid-connect/auth"));
        }
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerGetsTheFriendlyForbiddenPageOnTheCoordinatorPage() {
        given().get("/coordinator").then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>You cannot see this page</h1>"));
    }

    @Test
    @TestSecurity(user = "cora", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = @Claim(key = "name", value = "Cora Coordinator"))
    void aCoordinatorGetsIn() {
        given().get("/coordinator").then().statusCode(200)
                .body(containsString("<h1>Coordinator overview</h1>"),
                        containsString("href=\"/coordinator\""),
                        containsString("Cora Coordinator"));
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Vera Volunteer"), @Claim(key = "email", value = "vera@example.org")})
    void aSignedInVolunteerSeesTheirNameAndTheirActivityPage() {
        given().get("/me").then().statusCode(200)
                .body(containsString("<h1>Your activity</h1>"),
                        containsString("Vera Volunteer"),
                        containsString("vera@example.org"),
                        containsString("Sign out"))
                // No coordinator link for a volunteer.
                .body(org.hamcrest.Matchers.not(containsString("href=\"/coordinator\"")));
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void signInSendsThePersonBackToTheirPageButNeverToAnotherSite() {
        given().redirects().follow(false).queryParam("then", "/events").get("/account/sign-in")
                .then().statusCode(303).header("Location", endsWith("/events"));
        given().redirects().follow(false).queryParam("then", "//evil.example/phish").get("/account/sign-in")
                .then().statusCode(303).header("Location", endsWith("/me"));
        given().redirects().follow(false).queryParam("then", "https://evil.example/").get("/account/sign-in")
                .then().statusCode(303).header("Location", endsWith("/me"));
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aPostWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("nothing", "here")
                .post("/account/sign-out")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aPostWithTheTokenFromThePageIsAccepted() {
        Response page = given().get("/me");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().redirects().follow(false).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .post("/account/sign-out")
                .then().statusCode(303).header("Location", endsWith("/"));
        // A token from elsewhere does not pass with this cookie.
        given().redirects().follow(false).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged" + token)
                .post("/account/sign-out")
                .then().statusCode(400);
    }
}
