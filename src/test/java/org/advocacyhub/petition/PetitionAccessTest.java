package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PetitionAccessTest {

    @Test
    void anonymousVisitorsSeeNoDraftAndAreSentToSignInForCoordinatorPages() {
        Petition draft = PetitionFixtures.petition("Secret draft", PetitionStatus.DRAFT, null);
        given().get("/petitions/" + draft.slug).then().statusCode(404);
        given().get("/petitions/" + draft.slug + "/thanks").then().statusCode(404);
        for (String path : new String[] {"/coordinator/petitions", "/coordinator/petitions/new",
            "/coordinator/petitions/" + draft.id + "/signatures.csv", "/coordinator/petitions/" + draft.id + "/delivery"}) {
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerCannotReachThePetitionAdminPagesNorTheExport() {
        Petition p = PetitionFixtures.open("Volunteer cannot export");
        for (String path : new String[] {"/coordinator/petitions", "/coordinator/petitions/new", "/coordinator/petitions/" + p.id + "/edit",
            "/coordinator/petitions/" + p.id + "/preview", "/coordinator/petitions/" + p.id + "/signatures.csv",
            "/coordinator/petitions/" + p.id + "/delivery"}) {
            given().get(path).then().statusCode(403);
        }
    }
}
