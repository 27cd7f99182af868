package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** Coordinators write, preview, open, close, export and deliver petitions. */
@QuarkusTest
@TestSecurity(user = "cora-petitions", roles = {"volunteer", "coordinator"})
class PetitionAdminTest {

    @Inject
    Signing signing;

    static Map<String, String> valid(String title) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("slug", "");
        f.put("summary", "Ask Congress to double MS research funding.");
        f.put("body", "## Why\n\nResearch **works**.\n\n<script>alert('x')</script>");
        f.put("target", "U.S. Congress");
        f.put("goal", "5,000");
        f.put("deadline", "");
        f.put("nextActionLabel", "Write to your senators");
        f.put("nextActionUrl", "/letters");
        return f;
    }

    @Test
    void aPetitionIsWrittenPreviewedOpenedAndClosed() {
        String location = Forms.open("/coordinator/petitions/new").form().formParams(valid("Double MS research funding"))
                .post("/coordinator/petitions/new").then().statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/preview"), location);
        Petition p = QuarkusTransaction.requiringNew().call(() -> Petition.findBySlug("double-ms-research-funding").orElseThrow());
        assertEquals(PetitionStatus.DRAFT, p.status);
        assertEquals(5000, p.goal);

        given().get(location.substring(location.indexOf("/coordinator"))).then().statusCode(200)
                .body(containsString("Preview."), containsString("<h2>Why</h2>"), containsString("&lt;script&gt;"),
                        not(containsString("<script>alert")), containsString("disabled>Sign the petition"));
        given().get("/petitions").then().body(not(containsString("Double MS research funding")));

        Forms.open("/coordinator/petitions").form().post("/coordinator/petitions/" + p.id + "/open").then().statusCode(303);
        given().get("/petitions").then().body(containsString("Double MS research funding"));
        given().get("/petitions/double-ms-research-funding").then().body(containsString("name=\"firstName\""));

        Forms.open("/coordinator/petitions").form().post("/coordinator/petitions/" + p.id + "/close").then().statusCode(303);
        given().get("/petitions/double-ms-research-funding").then().body(containsString("This petition is closed"));
    }

    @Test
    void badInputIsRefusedBesideEachFieldKeptAndNotStored() {
        long before = QuarkusTransaction.requiringNew().call(() -> Petition.count());
        Map<String, String> bad = valid("");
        bad.put("slug", "Not A Slug!");
        bad.put("summary", "s".repeat(300));
        bad.put("goal", "-3");
        bad.put("deadline", LocalDate.now().minusDays(2).toString());
        bad.put("nextActionUrl", "javascript:alert(1)");
        String page = Forms.open("/coordinator/petitions/new").form().formParams(bad).post("/coordinator/petitions/new")
                .then().statusCode(400).extract().asString();
        for (String expected : new String[] {"<title>Error: Write a petition", "Enter a title", "Use 3 to 80 lower-case letters",
            "The summary must be 280 characters or fewer; it has 300", "Enter a goal from 1 to 10,000,000",
            "The last day to sign cannot be in the past", "Enter a path on this site", "value=\"Not A Slug!\"", "value=\"-3\""}) {
            assertTrue(page.contains(expected), expected);
        }
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Petition.count()));
    }

    @Test
    void theCsvHasEverySignatureCorrectlyQuotedAndTheDeliveryPageOnlyNamesThoseWhoAgreed() {
        Petition p = PetitionFixtures.open("Export me");
        SignForm a = form("Zoë", "O\"Neil, Jr.", "zoe.export@example.net", "Because, \"really\"", true);
        SignForm b = form("Hidden", "Person", "hidden.export@example.net", "", false);
        SignForm c = form("=cmd", "Smith", "formula.export@example.net", "", false);
        signing.sign(p.id, a, null);
        signing.sign(p.id, b, null);
        signing.sign(p.id, c, null);

        byte[] bytes = given().get("/coordinator/petitions/" + p.id + "/signatures.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"First name\",\"Last name\",\"E-mail\",\"ZIP\",\"Comment\""), csv);
        assertEquals(4, csv.split("\r\n").length);
        assertTrue(csv.contains("\"Zoë\",\"O\"\"Neil, Jr.\",\"zoe.export@example.net\",05401,\"Because, \"\"really\"\"\",\"yes\","), csv);
        assertTrue(csv.contains("\"'=cmd\",\"Smith\""), csv);

        // Unconfirmed, nobody is named (anyone can type a name with anyone's address); confirmed, Zoë is.
        String unconfirmed = given().get("/coordinator/petitions/" + p.id + "/delivery").then().statusCode(200).extract().asString();
        assertTrue(!unconfirmed.contains("Zoë"), unconfirmed);
        QuarkusTransaction.requiringNew().run(() -> Signature.<Signature>list("petition.id", p.id).forEach(g -> signing.confirm(g.id)));
        String delivery = given().get("/coordinator/petitions/" + p.id + "/delivery").then().statusCode(200).extract().asString();
        assertTrue(delivery.contains("Zoë O&quot;Neil, Jr."), delivery);
        assertTrue(delivery.contains("Because, &quot;really&quot;"));
        assertTrue(!delivery.contains("Hidden") && !delivery.contains("hidden.export"), "not named without consent");
        assertTrue(delivery.contains("And 2 more who signed without being named."));
    }

    private static SignForm form(String first, String last, String email, String comment, boolean show) {
        SignForm f = new SignForm();
        f.firstName = first;
        f.lastName = last;
        f.email = email;
        f.zip = "05401";
        f.comment = comment;
        f.showName = show ? "yes" : "";
        f.validate(org.advocacyhub.web.Language.bundle(PetitionMessages.class, "en"));
        return f;
    }
}
