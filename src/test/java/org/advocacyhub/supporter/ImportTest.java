package org.advocacyhub.supporter;

import static io.restassured.RestAssured.given;
import static org.advocacyhub.supporter.ImportFixtures.column;
import static org.advocacyhub.supporter.ImportFixtures.count;
import static org.advocacyhub.supporter.ImportFixtures.start;
import static org.advocacyhub.supporter.ImportFixtures.unique;
import static org.advocacyhub.supporter.ImportFixtures.upload;
import static org.advocacyhub.supporter.ImportFixtures.uploadResponse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Importing supporters from a CSV file (issue 15, point 5) over the real PostgreSQL: add, never
 * overwrite; the same file twice changes nothing; every bad row listed with its line and reason and
 * downloadable; consent logged with its source and words, or none; one audit row per import.
 */
@QuarkusTest
@TestSecurity(user = "cora-import", roles = "coordinator")
class ImportTest {

    static final List<String> FIVE = List.of("email", "first_name", "last_name", "zip", "language");
    static final String WORDS = "Yes, send me news about MS advocacy by e-mail.";

    @Inject
    ImportWorker worker;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void theSameFileTwiceAddsPeopleOnceAndLeavesKnownPeopleAsTheyWere() {
        String p = unique();
        count("INSERT INTO supporter (email, first_name, last_name, zip) VALUES (?, 'Known', 'Person', '05401') RETURNING 1",
                p + "-known@example.org");
        String csv = "Email,First name,Last name,ZIP,Language\r\n"
                + p + "-ana@example.org,Ana,López,5401,español\r\n"
                + p + "-Known@Example.org,Changed,Name,99999,en\r\n"
                + p + "-bo@example.org,Bo,,05401-1234,\r\n";
        long first = upload(csv);
        given().get("/coordinator/imports/" + first).then().statusCode(200)
                .body(containsString("<option value=\"email\" selected>"), containsString("3 rows below the line of column names"),
                        containsString("05401"), containsString("Already known: left as it is"),
                        not(containsString("was already imported")));
        start(first, FIVE, "Sign-in sheet, Burlington walk, May 2026", WORDS).then().statusCode(303);
        given().get("/coordinator/imports/" + first).then().statusCode(200)
                .body(containsString("Waiting to start"), containsString("http-equiv=\"refresh\""));
        given().get("/coordinator/imports/" + first + "?updates=off").then()
                .body(not(containsString("http-equiv=\"refresh\"")), containsString("Update it every 5 seconds"));
        assertEquals(1, worker.runWaiting());
        given().get("/coordinator/imports/" + first).then().statusCode(200)
                .body(containsString("<dd id=\"added\">2</dd>"), containsString("<dd id=\"known\">1</dd>"),
                        containsString("<dd id=\"bad\">0</dd>"), containsString("Every row was imported or already known"),
                        not(containsString("http-equiv=\"refresh\"")));

        assertEquals(List.of("Ana|López|05401|es|import:" + first + "|" + WORDS),
                column("SELECT concat_ws('|', first_name, last_name, zip, language, email_consent_source, email_consent_wording) "
                        + "FROM supporter WHERE email = ? AND email_consent_at IS NOT NULL", p + "-ana@example.org"));
        assertEquals(List.of("Known|Person|05401|en|"), column("SELECT concat_ws('|', first_name, last_name, zip, language, "
                + "coalesce(email_consent_source, '')) FROM supporter WHERE email = ?", p + "-known@example.org"));
        assertEquals(2, count("SELECT count(*) FROM consent_event e JOIN supporter s ON s.id = e.supporter_id "
                + "WHERE s.email LIKE ? AND e.given AND e.source = ? AND e.wording = ?", p + "%", "import:" + first, WORDS));
        assertEquals(List.of("IMPORT|cora-import|2"), column("SELECT concat_ws('|', action, actor_subject, people) FROM audit_entry "
                + "WHERE subject = ?", "import:" + first));

        long second = upload(csv);
        given().get("/coordinator/imports/" + second).then().body(containsString("This file was already imported on"));
        start(second, FIVE, "Sign-in sheet, Burlington walk, May 2026", WORDS).then().statusCode(303);
        worker.runWaiting();
        given().get("/coordinator/imports/" + second).then()
                .body(containsString("<dd id=\"added\">0</dd>"), containsString("<dd id=\"known\">3</dd>"));
        assertEquals(3, count("SELECT count(*) FROM supporter WHERE email LIKE ?", p + "%"));
        assertEquals(0, count("SELECT count(*) FROM consent_event WHERE source = ?", "import:" + second));
        assertEquals(2, count("SELECT count(*) FROM consent_event e JOIN supporter s ON s.id = e.supporter_id WHERE s.email LIKE ?",
                p + "%"), "no consent logged twice");
        assertEquals(List.of("IMPORT|0"), column("SELECT concat_ws('|', action, people) FROM audit_entry WHERE subject = ?",
                "import:" + second));
    }

    @Test
    void everyBadRowIsListedWithItsLineAndReasonAndCanBeDownloaded() {
        String p = unique();
        String csv = "email;name;zip\n"                                  // line 1, separated by ";" as a Spanish spreadsheet does
                + p + "-good@example.org;Good;05401\n"                   // 2
                + "not-an-email;Nope;05401\n"                              // 3
                + ";Nobody;05401\n"                                        // 4
                + p + "-zip@example.org;Zed;ABCDE\n"                     // 5
                + p + "-bell@example.org;Bell\u0007;05401\n"             // 6
                + p + "-GOOD@example.org;Again;05401\n"                  // 7
                + p + "-multi@example.org;\"Ann\nMarie\";05401\n"        // 8 and 9
                + p + "-after@example.org;After;05401\n"                 // 10
                + p + "-nul@example.org;Nu\u0000l;05401\n"               // 11
                + "=HYPERLINK(\"http://x\");Formula;05401\n";            // 12
        long id = upload(csv);
        start(id, List.of("email", "first_name", "zip"), null, null).then().statusCode(303);
        worker.runWaiting();
        String page = given().get("/coordinator/imports/" + id).then().statusCode(200)
                .body(containsString("<dd id=\"added\">2</dd>"), containsString("<dd id=\"bad\">8</dd>"),
                        containsString("Imported without consent")).extract().asString();
        for (String expected : List.of("<th scope=\"row\">3</th><td>not-an-email</td><td>The e-mail address is not one we can write to",
                "<th scope=\"row\">4</th><td></td><td>The e-mail address is missing",
                "<th scope=\"row\">5</th><td>" + p + "-zip@example.org</td><td>The ZIP code is not 5 digits",
                "<th scope=\"row\">6</th><td>" + p + "-bell@example.org</td><td>It has characters nobody can type",
                "<th scope=\"row\">7</th><td>" + p + "-GOOD@example.org</td><td>The same e-mail address is on line 2",
                "<th scope=\"row\">8</th><td>" + p + "-multi@example.org</td><td>It has characters nobody can type",
                "<th scope=\"row\">11</th><td>" + p + "-nul@example.org</td><td>It has characters nobody can type",
                "<th scope=\"row\">12</th>")) {
            assertTrue(page.contains(expected), "the page lists " + expected);
        }
        assertEquals(List.of(p + "-after@example.org", p + "-good@example.org"),
                column("SELECT email FROM supporter WHERE email LIKE ? ORDER BY email", p + "%"));
        assertEquals(0, count("SELECT count(*) FROM supporter WHERE email LIKE ? AND email_consent_at IS NOT NULL", p + "%"));
        assertEquals(0, count("SELECT count(*) FROM consent_event WHERE source = ?", "import:" + id));
        assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE subject = ? AND people = 2", "import:" + id));

        byte[] downloadBytes = given().get("/coordinator/imports/" + id + "/problems.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().body().asByteArray(); String download = new String(downloadBytes, StandardCharsets.UTF_8);
        String[] lines = download.substring(1).split("\r\n");
        assertEquals(9, lines.length, download);
        assertEquals("\"Line\",\"Reason\",\"email\",\"name\",\"zip\"", lines[0]);
        assertEquals("3,\"The e-mail address is not one we can write to\",\"not-an-email\",\"Nope\",05401", lines[1]);
        assertTrue(lines[5].startsWith("7,\"The same e-mail address is on line 2\""), lines[5]);
        assertTrue(lines[8].startsWith("12,\"The e-mail address is not one we can write to\",\"'=HYPERLINK("), "formula neutralised: " + lines[8]);
    }

    @Test
    void mistakesInTheColumnsOrTheConsentAreShownBesideTheirFields() {
        long id = upload("a,b\n" + unique() + "@example.org,x\n");
        Forms_post(id, List.of("ignore", "first_name"), "start", "none", "", "").then().statusCode(400)
                .body(containsString("id=\"column-0-error\""), containsString("Choose one column for the e-mail addresses"));
        Forms_post(id, List.of("email", "email"), "start", "none", "", "").then().statusCode(400)
                .body(containsString("id=\"column-1-error\""), containsString("Two columns hold the same thing"));
        Forms_post(id, List.of("email", "first_name"), "start", "", "", "").then().statusCode(400)
                .body(containsString("Say whether these people agreed"));
        Forms_post(id, List.of("email", "first_name"), "start", "given", "The walk", "").then().statusCode(400)
                .body(containsString("Copy the words they agreed to"), containsString("value=\"The walk\""));
        Forms_post(id, List.of("email", "first_name"), "start", "given", "The walk\u0000", "Yes").then().statusCode(400)
                .body(containsString("id=\"consentOrigin-error\""));
        Forms_post(id, List.of("email", "ignore"), "preview", "", "", "").then().statusCode(200)
                .body(containsString("The first rows, as they will be stored"), containsString("<option value=\"ignore\" selected>"));
        assertEquals(List.of("UPLOADED"), column("SELECT status FROM supporter_import WHERE id = ?", id));
    }

    private static io.restassured.response.Response Forms_post(long id, List<String> columns, String step, String consent,
            String origin, String wording) {
        var page = org.advocacyhub.testsupport.Forms.open("/coordinator/imports/" + id);
        var form = page.form().formParam("step", step).formParam("consent", consent).formParam("consentOrigin", origin)
                .formParam("consentWording", wording);
        for (String c : columns) {
            form = form.formParam("column", c);
        }
        return form.post("/coordinator/imports/" + id);
    }

    @Test
    void aFileOverTheLimitsIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        StringBuilder big = new StringBuilder("email\n");
        String p = unique();
        for (int i = 0; i <= SupporterImports.MAX_ROWS; i++) {
            big.append(p).append(i).append("@example.org\n");
        }
        uploadResponse(p + "-rows.csv", big.toString().getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body(containsString("The file has more than 100,000 rows"), containsString("id=\"file-error\""));
        assertEquals(0, count("SELECT count(*) FROM supporter_import WHERE file_name = ?", p + "-rows.csv"));

        uploadResponse("latin1.csv", "email,name\nana@example.org,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                .then().statusCode(400).body(containsString("The file is not in UTF-8"));
        uploadResponse("empty.csv", new byte[0]).then().statusCode(400).body(containsString("Choose a CSV file to upload"));
        uploadResponse("header.csv", "email\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body(containsString("no rows below the line of column names"));

        // Over 20 MB, as a browser sends it (with its length): refused before a byte of it is read.
        var page = org.advocacyhub.testsupport.Forms.open("/coordinator/imports");
        String boundary = "----import" + p;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + page.token()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        java.util.Arrays.fill(body, (byte) 'a');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        StringBuilder cookies = new StringBuilder();
        page.cookies().forEach((k, v) -> cookies.append(k).append('=').append(v).append("; "));
        java.net.http.HttpResponse<String> tooBig = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "coordinator/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", cookies.toString())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(303, tooBig.statusCode(), tooBig.body());
        assertEquals("/coordinator/imports?too-big=1", tooBig.headers().firstValue("Location").orElse(""));
        given().get("/coordinator/imports?too-big=1").then().body(containsString("The file is bigger than 20 MB"),
                containsString("id=\"file-error\""));
        // Every other route keeps its 2 MB.
        given().contentType("application/x-www-form-urlencoded").body("a=" + "x".repeat(3 * 1024 * 1024))
                .post("/coordinator/imports/1").then().statusCode(413);
    }

    @Test
    void twoWorkersAtOnceRunAnImportOnce() throws Exception {
        String p = unique();
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append(p).append('-').append(i).append("@example.org\n");
        }
        long id = upload(csv.toString());
        start(id, List.of("email"), null, null).then().statusCode(303);
        var a = CompletableFuture.supplyAsync(worker::runWaiting);
        var b = CompletableFuture.supplyAsync(worker::runWaiting);
        a.get();
        b.get();
        assertEquals(List.of("DONE|2500|0|0"), column("SELECT concat_ws('|', status, imported, already_known, bad) "
                + "FROM supporter_import WHERE id = ?", id));
        assertEquals(2_500, count("SELECT count(*) FROM supporter WHERE email LIKE ?", p + "-%"));
        assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE subject = ?", "import:" + id));
        assertEquals(0, count("SELECT count(*) FROM supporter_import_row WHERE import_id = ?", id), "its rows are gone");
    }

    @Test
    @TestSecurity(user = "vera", roles = "volunteer")
    void aVolunteerGetsForbiddenEverywhere() {
        given().redirects().follow(false).get("/coordinator/imports").then().statusCode(403);
        given().redirects().follow(false).get("/coordinator/imports/1").then().statusCode(403);
        given().redirects().follow(false).get("/coordinator/imports/1/problems.csv").then().statusCode(403);
    }
}
