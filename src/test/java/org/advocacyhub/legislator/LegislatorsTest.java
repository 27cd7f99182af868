package org.advocacyhub.legislator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** The bundled members of Congress, the look-up by ZIP code, and loading a newer file. */
@QuarkusTest
class LegislatorsTest {

    @Inject
    LegislatorImport data;

    static List<String> names(List<Legislator> ls) {
        return ls.stream().map(l -> l.fullName).toList();
    }

    @Test
    void zip05401HasTwoSenatorsAndOneAtLargeRepresentative() {
        List<District> districts = QuarkusTransaction.requiringNew().call(() -> District.forZip("05401"));
        assertEquals(List.of(new District("VT", 0)), districts);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(List.of("Bernard Sanders", "Peter Welch"), names(districts.get(0).getSenators()));
            assertEquals(List.of("Becca Balint"), names(districts.get(0).getRepresentatives()));
        });
        given().get("/legislators?zip=05401").then().statusCode(200)
                .body(containsString("ZIP code 05401 is in VT at-large"))
                .body(containsString("Senator Bernard Sanders")).body(containsString("Senator Peter Welch"))
                .body(containsString("Representative Becca Balint"))
                .body(containsString("Members of the <strong>119th Congress</strong>, from public data dated <strong>2026-06-15</strong>"));
    }

    @Test
    void aZipInTwoDistrictsListsBothRepresentativesAndAnUnknownZipSaysSo() {
        given().get("/legislators?zip=10001").then().statusCode(200)
                .body(containsString("ZIP code 10001 is in 2 districts"))
                .body(containsString("Representative Daniel S. Goldman")).body(containsString("Representative Jerrold Nadler"))
                .body(containsString("Senator Charles E. Schumer"));
        given().get("/legislators?zip=00000").then().statusCode(400)
                .body(containsString("id=\"zip-error\""))
                .body(containsString("We do not know the ZIP code 00000."));
    }

    @Test
    void theBundledFileAgainChangesNothing() throws Exception {
        assertEquals(LegislatorImport.Outcome.UNCHANGED, data.importBundled().outcome());
        assertEquals(119, data.loaded().orElseThrow().congress());
        assertEquals(537, QuarkusTransaction.requiringNew().call(() -> Legislator.count("current", true)));
        assertEquals(119, LegislatorImport.congressOn(java.time.LocalDate.of(2025, 1, 3)));
        assertEquals(118, LegislatorImport.congressOn(java.time.LocalDate.of(2025, 1, 2)));
        assertEquals("112th", LegislatorImport.ordinal(112));
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void aCoordinatorLoadsANewerFileMembersWhoLeftAreKeptAsNotCurrentAndARestartKeepsTheUpload() throws Exception {
        String original = bundledYaml();
        // A newer file in which Senator Welch is gone.
        int start = original.indexOf("- id:\n    bioguide: W000800");
        int end = original.indexOf("\n- id:", start + 1);
        String withoutWelch = original.substring(0, start) + original.substring(end + 1);
        try {
            Forms.Page page = Forms.open("/coordinator/letters/legislators");
            page.form().contentType("multipart/form-data")
                    .multiPart("file", "legislators-current.yaml", withoutWelch.getBytes(StandardCharsets.UTF_8))
                    .multiPart("dataDate", "2026-07-01")
                    .multiPart("csrf-token", page.token())
                    .post("/coordinator/letters/legislators").then().statusCode(303);
            Legislator welch = QuarkusTransaction.requiringNew().call(() -> Legislator.<Legislator>find("bioguideId", "W000800").firstResult());
            assertFalse(welch.current);
            given().get("/legislators?zip=05401").then().body(containsString("dated <strong>2026-07-01</strong>"));
            // The app restarting with its older bundled file does not undo the upload.
            assertEquals(LegislatorImport.Outcome.OLDER_THAN_LOADED, data.importBundled().outcome());

            Forms.Page again = Forms.open("/coordinator/letters/legislators");
            again.form().contentType("multipart/form-data")
                    .multiPart("file", "notes.yaml", "- just: a list\n".getBytes(StandardCharsets.UTF_8))
                    .multiPart("dataDate", "2026-07-02")
                    .multiPart("csrf-token", again.token())
                    .post("/coordinator/letters/legislators").then().statusCode(400)
                    .body(containsString("id=\"file-error\""))
                    .body(containsString("Is this the right file?"))
                    .body(containsString("value=\"2026-07-02\""));
        } finally {
            data.importUpload(original.getBytes(StandardCharsets.UTF_8), java.time.LocalDate.of(2026, 6, 15),
                    "unitedstates/congress-legislators@dfa9622263dd4c8d08636926e498f1845704d7eb");
        }
        Legislator welch = QuarkusTransaction.requiringNew().call(() -> Legislator.<Legislator>find("bioguideId", "W000800").firstResult());
        assertTrue(welch.current);
    }

    static String bundledYaml() throws Exception {
        try (InputStream in = new GZIPInputStream(Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("data/legislators-current.yaml.gz")); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
