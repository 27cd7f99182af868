package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "sid-subject", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "given_name", value = "Sid"), @Claim(key = "family_name", value = "Member"),
    @Claim(key = "email", value = "sid.member@example.org"), @Claim(key = "email_verified", value = "true")})
class SignedInSignerTest {

    @Inject
    Signing signing;

    @Test
    void aSignedInPersonFindsTheFormFilledInAndTheirSignatureOnTheirActivityPage() {
        Petition p = PetitionFixtures.open("Signed in signing");
        given().get("/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("value=\"Sid\""), containsString("value=\"Member\""), containsString("value=\"sid.member@example.org\""),
                        containsString("<meta property=\"og:title\" content=\"Signed in signing\">"));
        Map<String, String> form = new HashMap<>(PetitionFixtures.form(signing, "Sid", "sid.member@example.org"));
        form.put("lastName", "Member");
        Forms.open("/petitions/" + p.slug).form().header("X-Forwarded-For", "203.0.113.77").formParams(form)
                .post("/petitions/" + p.slug + "/sign").then().statusCode(303);
        assertEquals("sid-subject", QuarkusTransaction.requiringNew().call(
                () -> Supporter.findByEmail("sid.member@example.org").orElseThrow().keycloakSubject));
        given().get("/me").then().body(containsString("Signed in signing"), containsString("waiting for you to confirm"));
    }
}
