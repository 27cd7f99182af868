package org.advocacyhub.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SitePagesTest {

    @Test
    void homePageSaysWhatTheSiteIsForAndLinksToTheThreeActions() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"),
                        containsString("<main id=\"main\""),
                        containsString("multiple sclerosis"),
                        containsString("href=\"/events\""),
                        containsString("href=\"/petitions\""),
                        containsString("href=\"/letters\""),
                        containsString(">Sign in</a>"));
    }

    @Test
    void listPagesAnswerWithTheirEmptyState() {
        given().get("/events").then().statusCode(200).body(containsString("<h1>Find an event</h1>"));
        given().get("/petitions").then().statusCode(200).body(containsString("<h1>Petitions</h1>"));
        given().get("/letters").then().statusCode(200).body(containsString("<h1>Write to your legislators</h1>"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        given().get("/").then()
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                        containsString("script-src 'self'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        // HSTS only in production, where TLS is in front: on plain http it would do nothing but harm.
        given().get("/").then().header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anUnknownAddressGetsTheFriendlyNotFoundPage() {
        given().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Page not found</h1>"), containsString("href=\"/\""));
        given().get("/events/no-such/deeper/path.txt").then().statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    void anUnexpectedErrorShowsAReferenceAndNeverTheStackTrace() {
        given().get("/test-only/boom").then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Sorry, there is a problem with the service"),
                        containsString("mention this reference"),
                        not(containsString("IllegalStateException")),
                        not(containsString("do-not-show-this-detail")),
                        not(containsString("at org.advocacyhub")));
    }

    @Test
    void theFormPatternShowsTheMessageBesideTheFieldAndKeepsTheInput() {
        given().queryParam("zip", "54O1").get("/events").then().statusCode(400)
                .body(containsString("<title>Error: Find an event"),
                        containsString("data-error-summary"),
                        containsString("<a href=\"#zip\">Enter a ZIP code of 5 digits, like 05401</a>"),
                        containsString("id=\"zip-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("aria-describedby=\"zip-hint zip-error\""),
                        containsString("value=\"54O1\""));
        given().queryParam("zip", "05401").get("/events").then().statusCode(200)
                .body(not(containsString("data-error-summary")), containsString("value=\"05401\""));
    }

    /** Operations endpoints answer on the management port only; on the public port they do not exist. */
    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        // The port the app's configuration gives the management interface in tests (1 + the HTTP test port).
        String management = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().get(management + "/q/health/ready").then().statusCode(200).body(containsString("\"status\": \"UP\""));
        given().get(management + "/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404).body(not(containsString("jvm_")), not(containsString("\"UP\"")));
        }
    }
}
