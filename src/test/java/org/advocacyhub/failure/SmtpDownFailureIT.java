package org.advocacyhub.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SMTP server is down for a while: people still sign (mail waits in the outbox), the sender
 * records its failed attempts, and when the server is back every confirmation goes out, once.
 */
class SmtpDownFailureIT {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void mailWaitsForTheSmtpServer() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.create("smtp-down");
                SmtpServer smtp = new SmtpServer().start();
                AppInstance app = new AppInstance("smtp-down", pg.jdbcUrl(), smtp.port)) {
            app.start();
            String slug = Fixtures.petition(pg, "smtp-down");
            smtp.stop();
            SigningLoad load = new SigningLoad("smtpdown", 4, i -> app.url(""), slug);
            try {
                load.waitForThanks(100, 300_000);
            } finally {
                load.close();
            }
            // The sender has tried and failed while the server was away; nothing went anywhere.
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Fixtures.single(pg, "SELECT count(*) FROM outbox_message WHERE attempts > 0 AND status = 'QUEUED'") == 0
                    && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            long failedAttempts = Fixtures.single(pg, "SELECT coalesce(sum(attempts), 0) FROM outbox_message");
            assertTrue(failedAttempts > 0, "the sender tried while the SMTP server was down");
            assertEquals(0, Fixtures.single(pg, "SELECT count(*) FROM outbox_message WHERE status <> 'QUEUED'"),
                    "nothing is marked sent or given up while the server is down");
            assertEquals(0, smtp.received().size());

            smtp.start();
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(120));
            Map<String, Long> rows = Fixtures.signaturesPerEmail(pg, slug);
            assertTrue(rows.keySet().containsAll(load.thanked), "every answered signature is stored");
            Map<String, Long> mails = smtp.perRecipient();
            assertEquals(rows.keySet(), mails.keySet(), "every signer got the confirmation when the server came back");
            assertTrue(mails.values().stream().allMatch(n -> n == 1), "each confirmation once: " + mails);
            assertEquals(Map.of("SENT", (long) rows.size()), Fixtures.outboxByStatus(pg));
            assertTrue(load.odd.isEmpty() && load.status(503) == 0, "signing never failed: " + load.statuses);

            Fixtures.printCounts("SMTP down", load, rows.size(), smtp.received().size(),
                    "failed send attempts while down " + failedAttempts);
        }
    }
}
