package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The proxy settings production runs with (forwarded addresses, hosts and prefixes read) and no
 * TRUSTED_PROXIES given: a client that is not a trusted proxy sends X-Forwarded-For and
 * X-Forwarded-Host, and neither is believed. Its rate limit counts against the address it really
 * connects from, and our redirects keep our own host.
 */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.NoTrustedProxy.class)
class ForwardedHeadersTest {

    public static class NoTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // As in production when TRUSTED_PROXIES is not set (the test profile trusts 127.0.0.1).
                    "%test.quarkus.http.proxy.trusted-proxies", "${TRUSTED_PROXIES:}",
                    "%test.quarkus.http.proxy.proxy-address-forwarding", "true",
                    "%test.quarkus.http.proxy.allow-x-forwarded", "true",
                    "%test.quarkus.http.proxy.enable-forwarded-host", "true",
                    "%test.quarkus.http.proxy.enable-forwarded-prefix", "true",
                    "advocacy.petitions.rate.per-ip", "3");
        }
    }

    @Inject
    Signing signing;

    @Test
    void aSpoofedForwardedForFromAnUntrustedClientDoesNotChangeItsBucket() {
        Petition p = PetitionFixtures.open("Spoofed forwarded for");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        for (int i = 0; i < 3; i++) {
            sign(page, p, "spoof" + i + "@example.net", "203.0.113." + (i + 1)).then().statusCode(303);
        }
        // A fourth "visitor" claims yet another address: it is the same client, and it is refused.
        sign(page, p, "spoof-last@example.net", "203.0.113.200").then().statusCode(429)
                .body(containsString("Please wait ten minutes"));
    }

    @Test
    void aSpoofedForwardedHostDoesNotChangeWhereRedirectsGo() {
        given().redirects().follow(false).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/evil").header("X-Forwarded-Proto", "https")
                .get("/language?to=es&then=/events")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")))
                .header("Location", startsWith("http://localhost:"))
                .header("Location", endsWith("/events"));
    }

    private io.restassured.response.Response sign(Forms.Page page, Petition p, String email, String ip) {
        return page.form().header("X-Forwarded-For", ip)
                .formParams(PetitionFixtures.form(signing, "Sam", email))
                .post("/petitions/" + p.slug + "/sign");
    }
}
