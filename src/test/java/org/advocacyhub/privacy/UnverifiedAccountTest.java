package org.advocacyhub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.Test;

/**
 * Self-registration does not verify e-mail addresses, so an account that claims someone else's
 * address must not reach their record: not through "my activity", not through "your data", and not by
 * linking itself to their record when it fills in a form with their address.
 */
@QuarkusTest
@TestSecurity(user = "impostor-subject", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Ima Postor"), @Claim(key = "email", value = "victim.vera@example.org")})
class UnverifiedAccountTest {

    @Inject
    EntityManager em;

    @Test
    void anUnverifiedAddressOpensNothingAndLinksNothing() throws Exception {
        long victim = PrivacyFixtures.person("victim.vera@example.org", "Vera", "Victim", true, "en");
        long petition = PrivacyFixtures.petition(em);
        PrivacyFixtures.sign(em, petition, victim, "Vera's private comment", true);

        given().get("/me").then().statusCode(200).body(not(containsString("Fund MS research")));
        given().redirects().follow(false).get("/my-data").then().statusCode(200).body(containsString("We hold nothing about you"));

        long event = PrivacyFixtures.event(em, "link-host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        String slug = UnsubscribeTest.value("SELECT slug FROM event WHERE id = " + event);
        Forms.open("/events/" + slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParam("firstName", "Vera").formParam("lastName", "Victim")
                .formParam("email", "victim.vera@example.org").formParam("zip", "05401").formParam("guests", "0")
                .post("/events/" + slug + "/rsvp").then().statusCode(303);
        assertNull(UnsubscribeTest.value("SELECT keycloak_subject FROM supporter WHERE id = " + victim));
    }
}
