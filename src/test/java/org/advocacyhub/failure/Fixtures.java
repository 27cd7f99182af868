package org.advocacyhub.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What the failure tests put in the database and read back from it, in plain SQL. */
final class Fixtures {

    private Fixtures() {
    }

    /** An open petition; returns its slug. */
    static String petition(ThrowawayPostgres pg, String slug) throws SQLException {
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at)
                VALUES (?, 'Fund MS research', 'Ask Congress to fund research.', 'Please sign.', 'Congress', 1000000, 'OPEN', now())
                """)) {
            s.setString(1, slug);
            s.executeUpdate();
        }
        return slug;
    }

    /** How many signatures each address has on the petition. */
    static Map<String, Long> signaturesPerEmail(ThrowawayPostgres pg, String slug) throws SQLException {
        return countBy(pg, """
                SELECT su.email, count(*) FROM signature si
                JOIN supporter su ON su.id = si.supporter_id JOIN petition p ON p.id = si.petition_id
                WHERE p.slug = ? GROUP BY su.email""", slug);
    }

    /** Outbox rows per status ("SENT", "QUEUED", "DEAD", ...). */
    static Map<String, Long> outboxByStatus(ThrowawayPostgres pg) throws SQLException {
        return countBy(pg, "SELECT status, count(*) FROM outbox_message WHERE ? = ? GROUP BY status", "x", "x");
    }

    /** Outbox rows of one kind per recipient. */
    static Map<String, Long> outboxPerRecipient(ThrowawayPostgres pg, String kind) throws SQLException {
        return countBy(pg, "SELECT recipient, count(*) FROM outbox_message WHERE kind = ? GROUP BY recipient", kind);
    }

    /** Waits until nothing is left to send (every row SENT, CANCELLED or DEAD). */
    static void awaitOutboxDrained(ThrowawayPostgres pg, Duration limit) throws SQLException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        Map<String, Long> byStatus = Map.of();
        while (System.nanoTime() < end) {
            byStatus = outboxByStatus(pg);
            if (byStatus.getOrDefault("QUEUED", 0L) == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the outbox still holds queued mail after " + limit + ": " + byStatus);
    }

    static long single(ThrowawayPostgres pg, String sql, Object... params) throws SQLException {
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void execute(ThrowawayPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, Long> countBy(ThrowawayPostgres pg, String sql, Object... params) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Every address in {@code recipients}, and no other, received one message (one Message-ID); returns how
     * many were delivered a second time. SMTP has no exactly-once: if the app dies, or loses its database,
     * between the SMTP server taking a message and the commit that marks it sent, the message goes out again
     * later, as the same message (same Message-ID). The sender hands over one message at a time, so each such
     * failure can repeat at most one; the caller says how many it allows.
     */
    static long assertOneMessageEach(SmtpServer smtp, java.util.Set<String> recipients, long resendsAllowed) {
        java.util.List<SmtpServer.Received> mail = smtp.received();
        Map<String, java.util.Set<String>> ids = mail.stream().collect(java.util.stream.Collectors.groupingBy(
                SmtpServer.Received::recipient,
                java.util.stream.Collectors.mapping(SmtpServer.Received::messageId, java.util.stream.Collectors.toSet())));
        org.junit.jupiter.api.Assertions.assertEquals(recipients, ids.keySet(), "every signer, and only signers, got the confirmation");
        org.junit.jupiter.api.Assertions.assertTrue(ids.values().stream().allMatch(m -> m.size() == 1),
                "one confirmation message (one Message-ID) per signer");
        long resent = mail.size() - ids.size();
        org.junit.jupiter.api.Assertions.assertTrue(resent <= resendsAllowed, resent + " confirmations went out twice");
        return resent;
    }

    /** The counts the issue asks for at the end of each run, on one line a log reader can find. */
    static void printCounts(String test, SigningLoad load, long rowsFound, long mailsSent, String more) {
        System.out.printf("[failure] %s: requests sent %d, answered %d (303 thank-you %d, 503 %d, other %d), no answer %d,"
                + " rows found %d, mails sent %d%s%n", test, load.sent.get(), load.answered(), load.status(303),
                load.status(503), load.answered() - load.status(303) - load.status(503), load.noAnswer.get(), rowsFound,
                mailsSent, more.isEmpty() ? "" : "; " + more);
    }
}
