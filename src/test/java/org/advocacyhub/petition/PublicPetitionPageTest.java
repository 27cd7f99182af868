package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The petition page under a crowd (issue 13): a view costs the same however many signatures there
 * are, because what every visitor sees is kept a few seconds and the counts come from the roll-up; a
 * change made here shows at once. The measure is deterministic: the SQL statements a view runs.
 */
@QuarkusTest
class PublicPetitionPageTest {

    @Inject
    Signing signing;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aRepeatedViewRunsNoStatementAndASignatureHereShowsAtOnce() {
        Petition p = PetitionFixtures.open("Seen by a crowd");
        // The first views read the petition, its counts, its names and the list of petitions.
        given().get("/petitions/" + p.slug).then().statusCode(200).body(containsString("<strong>0</strong>"));
        given().get("/petitions").then().statusCode(200).body(containsString("Seen by a crowd"));
        long before = statements();
        for (int i = 0; i < 5; i++) {
            given().get("/petitions/" + p.slug).then().statusCode(200).body(containsString("<strong>0</strong>"));
        }
        given().get("/petitions").then().statusCode(200).body(containsString("Seen by a crowd"));
        assertEquals(0, statements() - before, "SQL statements run by six more views of the petition pages");

        Forms.Page page = Forms.open("/petitions/" + p.slug);
        page.form().header("X-Forwarded-For", "203.0.113.77")
                .formParams(PetitionFixtures.form(signing, "Pia", "pia.crowd@example.net"))
                .post("/petitions/" + p.slug + "/sign").then().statusCode(303);
        given().get("/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("<strong>1</strong> person has signed"))
                .body(containsString("0 of them confirmed"));
        given().get("/petitions/" + p.slug + "/thanks").then().body(containsString("<strong>1</strong> person has signed"));
    }

    @Test
    void theCountsAreTheRollUpsAndAgreeWithTheRows() {
        Petition p = PetitionFixtures.open("Counted by the day");
        for (int i = 0; i < 3; i++) {
            signing.sign(p.id, formOf("Ro" + i, "ro" + i + ".rollup@example.net"), null);
        }
        QuarkusTransaction.requiringNew().run(() -> Signature.getEntityManager().createNativeQuery(
                "UPDATE signature SET verified_at = now() WHERE petition_id = ?1 "
                        + "AND supporter_id = (SELECT id FROM supporter WHERE email = ?2)")
                .setParameter(1, p.id).setParameter(2, "ro1.rollup@example.net").executeUpdate());
        Signature.Counts counts = QuarkusTransaction.requiringNew().call(() -> Signature.counts(p));
        assertEquals(new Signature.Counts(3, 1), counts);
        assertEquals(3, PetitionFixtures.signatures(p));
        given().get("/petitions/" + p.slug).then().body(containsString("<strong>3</strong> people have signed"))
                .body(containsString("1 of them confirmed"));
    }

    private SignForm formOf(String first, String email) {
        Map<String, String> f = PetitionFixtures.form(signing, first, email);
        SignForm form = new SignForm();
        form.firstName = f.get("firstName");
        form.lastName = f.getOrDefault("lastName", "");
        form.email = f.get("email");
        form.zip = f.getOrDefault("zip", "");
        return form;
    }

    private long statements() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }
}
