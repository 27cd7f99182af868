package org.advocacyhub.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarts under load: while it is away, requests get the friendly 503 page (never a stack
 * trace) and the readiness check says DOWN; when it is back, the same app process serves again and the
 * check says UP. Nothing answered with a thank-you page is lost.
 */
class DatabaseRestartFailureIT {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void databaseRestartIsWaitedOut() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.create("db-restart");
                SmtpServer smtp = new SmtpServer().start();
                AppInstance app = new AppInstance("db-restart", pg.jdbcUrl(), smtp.port)) {
            app.start();
            String slug = Fixtures.petition(pg, "db-restart");
            long thankedBefore;
            long unavailableWhileDown;
            Duration downFor;
            SigningLoad load = new SigningLoad("dbrestart", 6, i -> app.url(""), slug);
            try {
                load.waitForThanks(100, 300_000);
                thankedBefore = load.thanked.size();
                pg.stop();
                long stoppedAt = System.nanoTime();
                app.waitUntil("DOWN", Duration.ofSeconds(30));
                // Stay down long enough for the signers to meet the outage (and the pool's acquisition timeout).
                while (load.status(503) < 20 && System.nanoTime() - stoppedAt < Duration.ofSeconds(60).toNanos()) {
                    Thread.sleep(100);
                }
                unavailableWhileDown = load.status(503);
                pg.start();
                downFor = Duration.ofNanos(System.nanoTime() - stoppedAt);
                app.waitUntil("UP", Duration.ofSeconds(60));
                long thankedAtRestart = load.thanked.size();
                load.waitForThanks(thankedAtRestart + 100, 300_000);
            } finally {
                load.close();
            }
            assertTrue(app.isAlive(), "the app kept running through the database restart");
            assertTrue(unavailableWhileDown > 0, "no request met the outage");
            for (String body : load.unavailableBodies) {
                assertTrue(body.contains("The site cannot answer for a moment"), "the 503 is the friendly page: " + body);
                assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("PSQL"),
                        "no error text reaches the visitor: " + body);
            }
            assertTrue(load.odd.isEmpty(), "answers other than 303 and 503 (e.g. a 500): "
                    + load.odd.stream().map(o -> o.status() + " " + o.body().substring(0, Math.min(300, o.body().length()))).limit(3).toList());

            Map<String, Long> rows = Fixtures.signaturesPerEmail(pg, slug);
            Set<String> lost = new HashSet<>(load.thanked);
            lost.removeAll(rows.keySet());
            assertEquals(Set.of(), lost, "signatures answered with the thank-you page but missing");
            assertTrue(rows.values().stream().allMatch(n -> n == 1), "a signature stored twice");
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(120));
            // A message whose "sent" mark was lost with the connection goes out again, once.
            long resent = Fixtures.assertOneMessageEach(smtp, rows.keySet(), 1);

            Fixtures.printCounts("PostgreSQL restart", load, rows.size(), smtp.received().size(),
                    "answered before the restart " + thankedBefore + ", database down for " + downFor.toMillis() + " ms, confirmations sent again " + resent);
        }
    }
}
