package org.advocacyhub.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.advocacyhub.testsupport.TestDatabase;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The CSV export of a million signatures completes with the heap capped at 256 MB. Runs in its own
 * Surefire execution with -Xmx256m (pom.xml), so the app under test has exactly that heap.
 */
@QuarkusTest
@TestSecurity(user = "cora-export", roles = "coordinator")
class PetitionExportMemoryCheck {

    private static final Logger LOG = Logger.getLogger(PetitionExportMemoryCheck.class);
    private static final int ROWS = 1_000_000;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aMillionSignaturesExportWithin256MegabytesOfHeap() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 270L * 1024 * 1024, "this check must run with -Xmx256m, runs with " + maxHeap);
        Petition p = PetitionFixtures.open("A million voices");

        long started = System.nanoTime();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            // A bulk load, as docker/local/generate-load-data.sql does it: roll-up triggers off, rebuilt after.
            c.setAutoCommit(false);
            s.execute("ALTER TABLE supporter DISABLE TRIGGER supporter_rollup");
            s.execute("ALTER TABLE signature DISABLE TRIGGER signature_rollup");
            // V18's by-ZIP roll-up too: a million signers of one ZIP would update its one row a million
            // times in this transaction (minutes instead of seconds).
            s.execute("ALTER TABLE signature DISABLE TRIGGER signature_petition_zip");
            s.execute("INSERT INTO supporter (email, first_name, last_name, zip) "
                    + "SELECT 'bulk' || g || '@example.net', 'First' || g, 'Last, \"' || g || '\"', '05401' "
                    + "FROM generate_series(1, " + ROWS + ") g");
            s.execute("INSERT INTO signature (petition_id, supporter_id, comment, show_name) "
                    + "SELECT " + p.id + ", id, 'Because ' || id, id % 2 = 0 FROM supporter WHERE email LIKE 'bulk%@example.net'");
            s.execute("ALTER TABLE supporter ENABLE TRIGGER supporter_rollup");
            s.execute("ALTER TABLE signature ENABLE TRIGGER signature_rollup");
            s.execute("ALTER TABLE signature ENABLE TRIGGER signature_petition_zip");
            s.execute("DELETE FROM petition_zip WHERE petition_id = " + p.id);
            s.execute("INSERT INTO petition_zip SELECT g.petition_id, coalesce(s.zip, ''), count(*), count(g.verified_at) "
                    + "FROM signature g JOIN supporter s ON s.id = g.supporter_id WHERE g.petition_id = " + p.id + " GROUP BY 1, 2");
            s.execute("TRUNCATE daily_supporter_slot, daily_signature_slot");
            s.execute("INSERT INTO daily_supporter_slot (day, supporters) SELECT eastern_day(created_at), count(*) FROM supporter GROUP BY 1");
            s.execute("INSERT INTO daily_signature_slot (day, petition_id, signatures, verified) "
                    + "SELECT eastern_day(created_at), petition_id, count(*), count(verified_at) FROM signature GROUP BY 1, 2");
            c.commit();
        }
        LOG.infof("Generated %,d signatures in %d s", ROWS, (System.nanoTime() - started) / 1_000_000_000);

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
        started = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "coordinator/petitions/" + p.id + "/signatures.csv")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                lines++;
                bytes += line.length() + 2;
            }
        } finally {
            sampler.interrupt();
        }
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000);
        LOG.infof("Exported %,d lines (%,d MB) in %d s; peak heap used %,d MB of %,d MB", lines, bytes >> 20, seconds,
                peak.get() >> 20, maxHeap >> 20);
        assertEquals(ROWS + 1, lines, "the header and one line per signature");
    }
}
