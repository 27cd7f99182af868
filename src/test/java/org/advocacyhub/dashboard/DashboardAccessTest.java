package org.advocacyhub.dashboard;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** A volunteer gets 403 on every dashboard page and export; anonymous visitors are sent to sign in. */
@QuarkusTest
class DashboardAccessTest {

    static final String[] PATHS = {"/coordinator", "/coordinator?from=2021-01-01&to=2021-02-01", "/coordinator/tables/overview.csv",
        "/coordinator/tables/signatures-per-day.csv", "/coordinator/tables/rsvps-per-week.csv", "/coordinator/tables/letters-per-day.csv",
        "/coordinator/tables/top-hosts.csv", "/coordinator/reports/petitions/1", "/coordinator/reports/petitions/1/petition-per-day.csv",
        "/coordinator/reports/petitions/1/petition-by-state.csv", "/coordinator/reports/events/1", "/coordinator/reports/events/1/event-rsvps.csv",
        "/coordinator/people", "/coordinator/people?q=vera", "/coordinator/news", "/coordinator/api-keys"};

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerIsRefusedEverywhere() {
        for (String path : PATHS) {
            given().get(path).then().statusCode(403);
        }
        given().contentType("application/x-www-form-urlencoded").post("/coordinator/people/some-id/coordinator").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("subject", "x").formParam("body", "y")
                .post("/coordinator/news").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : PATHS) {
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
    }
}
