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

    /** The counts the issue asks for at the end of each run, on one line a log reader can find. */
    static void printCounts(String test, SigningLoad load, long rowsFound, long mailsSent, String more) {
        System.out.printf("[failure] %s: requests sent %d, answered %d (303 thank-you %d, 503 %d, other %d), no answer %d,"
                + " rows found %d, mails sent %d%s%n", test, load.sent.get(), load.answered(), load.status(303),
                load.status(503), load.answered() - load.status(303) - load.status(503), load.noAnswer.get(), rowsFound,
                mailsSent, more.isEmpty() ? "" : "; " + more);
    }
}
