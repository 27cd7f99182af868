package org.advocacyhub.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** Files are taken only where a coordinator uploads one, and even there they cannot exhaust the server. */
@QuarkusTest
class UploadLimitsTest {

    /** Where Vert.x's body handler writes uploaded files when it is left to its defaults. */
    private static final Path VERTX_UPLOADS = Path.of("file-uploads");

    @Test
    void theOneClickUnsubscribeRouteStoresNoUploadedFile() throws IOException {
        long before = filesIn(VERTX_UPLOADS);
        for (int i = 0; i < 5; i++) {
            given().multiPart("List-Unsubscribe", "One-Click")
                    .multiPart("file", "filler.bin", "x".repeat(200).getBytes(StandardCharsets.UTF_8))
                    .post("/unsubscribe/1/not-a-real-token/one-click")
                    .then().statusCode(404);
        }
        assertEquals(before, filesIn(VERTX_UPLOADS), "anonymous requests left files on the server's disk");
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void aGzipBombGetsAMessageBesideTheFileNotAnOutOfMemoryError() throws IOException {
        // 1 GiB of spaces packs into about 1 MB: under the body limit, far over what the heap holds.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed, 1 << 16)) {
            byte[] block = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1024; i++) {
                gz.write(block);
            }
        }
        Forms.Page page = Forms.open("/coordinator/letters/legislators");
        page.form().contentType("multipart/form-data")
                .multiPart("file", "legislators-current.yaml.gz", packed.toByteArray())
                .multiPart("dataDate", "2026-07-01")
                .multiPart("csrf-token", page.token())
                .post("/coordinator/letters/legislators")
                .then().statusCode(400)
                .body(containsString("Unpacked, this file is bigger than 8 MB"), containsString("id=\"file-error\""),
                        containsString("value=\"2026-07-01\""), not(containsString("OutOfMemory")));
    }

    private static long filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }
}
