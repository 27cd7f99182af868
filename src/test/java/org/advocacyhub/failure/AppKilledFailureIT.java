package org.advocacyhub.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 of the app while people are signing: every signature whose thank-you page was answered is in
 * the database after the restart, none twice, and each confirmation e-mail goes out.
 */
class AppKilledFailureIT {

    static final int SIGNERS = 8;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void killedWhileSigningLosesNothing() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.create("app-killed");
                SmtpServer smtp = new SmtpServer().start();
                AppInstance app = new AppInstance("app-killed", pg.jdbcUrl(), smtp.port)) {
            app.start();
            String slug = Fixtures.petition(pg, "kill-nine");
            long thankedAtKill;
            SigningLoad load = new SigningLoad("kill", SIGNERS, i -> app.url(""), slug);
            try {
                load.waitForThanks(200, 300_000);
                app.kill9();
                thankedAtKill = load.thanked.size();
                // The signers keep trying while the app is gone (refused) and after it is back.
                app.start();
                load.waitForThanks(thankedAtKill + 100, 300_000);
            } finally {
                load.close();
            }
            Fixtures.awaitOutboxDrained(pg, java.time.Duration.ofSeconds(120));

            Map<String, Long> rows = Fixtures.signaturesPerEmail(pg, slug);
            Set<String> lost = new HashSet<>(load.thanked);
            lost.removeAll(rows.keySet());
            assertEquals(Set.of(), lost, "signatures answered with the thank-you page but missing after the restart");
            assertEquals(Map.of(), rows.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "signatures stored twice");
            Set<String> storedUnanswered = new HashSet<>(rows.keySet());
            storedUnanswered.removeAll(load.thanked);
            assertTrue(load.attempted.containsAll(rows.keySet()), "a signature nobody sent");
            // Only a request in flight at the kill can be stored without its answer: one per signer at most.
            assertTrue(storedUnanswered.size() <= SIGNERS, "stored but never answered: " + storedUnanswered);
            assertTrue(load.odd.isEmpty(), "answers other than the thank-you page: " + load.odd.stream().limit(3).toList());

            // Each stored signature got one confirmation queued, and it reached the SMTP server.
            Map<String, Long> queued = Fixtures.outboxPerRecipient(pg, "signature-confirm");
            assertEquals(rows.keySet(), queued.keySet(), "one confirmation queued per signature");
            assertTrue(queued.values().stream().allMatch(n -> n == 1), "a confirmation queued twice");
            // The message being handed to the SMTP server at the kill may go out again: at most that one.
            long resent = Fixtures.assertOneMessageEach(smtp, rows.keySet(), 1);

            Fixtures.printCounts("kill -9", load, rows.size(), smtp.received().size(), "answered before the kill " + thankedAtKill
                    + ", stored but unanswered " + storedUnanswered.size() + ", confirmations sent again after the kill " + resent);
        }
    }
}
