package org.advocacyhub.supporter;

import static org.advocacyhub.supporter.ImportFixtures.column;
import static org.advocacyhub.supporter.ImportFixtures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.advocacyhub.testsupport.Forms;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * An import of 100,000 rows (the most a file may have) is uploaded, read and imported with the heap
 * capped at 256 MB: the file is streamed from disk, rows go to the database 1,000 at a time, and the
 * job holds one batch. Runs in its own Surefire execution with -Xmx256m (pom.xml, "memory-checks").
 */
@QuarkusTest
@TestSecurity(user = "cora-import-memory", roles = "coordinator")
class ImportMemoryCheck {

    private static final Logger LOG = Logger.getLogger(ImportMemoryCheck.class);
    private static final int ROWS = SupporterImports.MAX_ROWS;

    @Inject
    ImportWorker worker;

    @Test
    void aHundredThousandRowsImportWithin256MegabytesOfHeap() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 270L * 1024 * 1024, "this check must run with -Xmx256m, runs with " + maxHeap);
        String p = ImportFixtures.unique();
        Path file = Files.createTempFile("import-memory", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Email,First name,Last name,ZIP,Language\r\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(p + "-" + i + "@example.org,Firstname" + i + ",\"Lastname, " + i + "\",05401," + (i % 3 == 0 ? "es" : "en") + "\r\n");
            }
        }
        LOG.infof("File of %,d rows: %,d bytes", ROWS, Files.size(file));

        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long id;
        long started = System.nanoTime();
        long uploaded;
        try {
            Forms.Page page = Forms.open("/coordinator/imports");
            Response r = page.form().contentType("multipart/form-data")
                    .multiPart("file", file.toFile(), "text/csv")
                    .multiPart("csrf-token", page.token())
                    .post("/coordinator/imports");
            assertEquals(303, r.statusCode(), r.asString());
            String location = r.header("Location");
            id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            uploaded = System.nanoTime();
            ImportFixtures.start(id, List.of("email", "first_name", "last_name", "zip", "language"), "Memory check",
                    "Yes, e-mail me news.").then().statusCode(303);
            assertEquals(1, worker.runWaiting());
        } finally {
            sampler.interrupt();
            Files.deleteIfExists(file);
        }
        long finished = System.nanoTime();
        LOG.infof("Uploaded and read in %d ms, imported in %d ms; peak heap used %,d MB of %,d MB",
                (uploaded - started) / 1_000_000, (finished - uploaded) / 1_000_000, peak.get() >> 20, maxHeap >> 20);
        assertEquals(List.of("DONE|100000|0|0"), column("SELECT concat_ws('|', status, imported, already_known, bad) "
                + "FROM supporter_import WHERE id = ?", id));
        assertEquals(ROWS, count("SELECT count(*) FROM consent_event WHERE source = ?", "import:" + id));
        assertEquals(List.of("Lastname, 99999"), column("SELECT last_name FROM supporter WHERE email = ?", p + "-99999@example.org"));
    }
}
