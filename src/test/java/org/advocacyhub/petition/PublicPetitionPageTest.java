package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
    void everyAnonymousVisitorGetsThePageWithTheirOwnFormTokenAndStartTime() throws Exception {
        Petition p = PetitionFixtures.open("One page for many visitors");
        Forms.Page first = Forms.open("/petitions/" + p.slug);
        Thread.sleep(1_100); // the signed start time counts in seconds
        Forms.Page second = Forms.open("/petitions/" + p.slug);
        String firstStarted = started(first.response().asString());
        String secondStarted = started(second.response().asString());
        assertNotEquals(first.token(), second.token(), "each visitor their own form token");
        assertNotEquals(firstStarted, secondStarted, "each view its own start time");
        assertEquals(first.response().asString().replace(first.token(), "T").replace(firstStarted, "S"),
                second.response().asString().replace(second.token(), "T").replace(secondStarted, "S"),
                "otherwise the same page");

        // Each visitor's own token and start time are the ones their cookie and the bot check accept.
        Thread.sleep(3_100);
        for (Forms.Page page : new Forms.Page[] {first, second}) {
            Map<String, String> form = new java.util.HashMap<>(PetitionFixtures.form(signing, "Vi", (page == first ? "a" : "b")
                    + ".many@example.net"));
            form.put("started", started(page.response().asString()));
            page.form().header("X-Forwarded-For", "203.0.113.78").formParams(form)
                    .post("/petitions/" + p.slug + "/sign").then().statusCode(303);
        }
        // The other form token is not this visitor's: refused.
        given().redirects().follow(false).cookies(first.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", second.token()).header("X-Forwarded-For", "203.0.113.78")
                .formParams(PetitionFixtures.form(signing, "Vi", "c.many@example.net"))
                .post("/petitions/" + p.slug + "/sign").then().statusCode(400);
        assertEquals(2, PetitionFixtures.signatures(p));

        // Spanish is its own page, and a signed-in visitor, a message or a query get theirs rendered.
        given().header("Accept-Language", "es").get("/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("lang=\"es\"")).body(containsString("Firma"));
        given().get("/petitions/" + p.slug + "?from=news").then().statusCode(200).body(containsString("lang=\"en\""));
    }

    private static String started(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"started\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no started field");
        }
        return m.group(1);
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
