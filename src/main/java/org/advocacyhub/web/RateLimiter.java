package org.advocacyhub.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.advocacyhub.supporter.Supporter;

/**
 * Counts attempts per key in the database, so that every app instance sees the same counts. Keys are
 * keyed hashes: the table never holds an IP address or an e-mail address.
 *
 * <p>Each key has one row, updated in place: the hits of the current fixed window and of the one
 * before. The limit applies to a sliding window estimated from the two (the previous window's hits
 * weighted by how much of it still lies within the last {@code window}, as if they had come evenly),
 * so a window's edge never lets twice the limit through, as plain fixed windows would. An attempt, for
 * all its keys at once, is one {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} in its own
 * transaction: no advisory lock and no count, so its cost is the same at the first attempt of a
 * window as at the ten-thousandth (RateLimiterTest). Racing attempts on one key meet only on that
 * row's lock, held for one statement: the commit does not wait for the disk
 * ({@code synchronous_commit = off} for this transaction alone), because a crash losing the last
 * few counts lets a few more attempts through, while waiting would make everyone behind one address
 * queue.
 */
@ApplicationScoped
public class RateLimiter {

    /** Rows whose window started this long ago count for nothing (every window is shorter) and are deleted. */
    private static final Duration KEEP = Duration.ofDays(1);

    @Inject
    SignedTokens tokens;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.vertx.ext.web.RoutingContext request;

    /** One limit to check: at most {@code max} attempts for {@code key} per {@code window}. */
    public record Limit(String kind, String key, int max, Duration window) {
    }

    /**
     * One attempt at {@code action} ("sign", "letters") by the visitor of this request: allowed when
     * neither their IP address (as the proxy forwards it) nor their e-mail address is over its limit.
     * Both are counted in one statement.
     */
    public boolean allowsVisitor(String action, String email, int perIp, int perEmail, Duration window) {
        var address = request.request().remoteAddress();
        String ip = address == null ? "unknown" : address.hostAddress();
        return allowAll(List.of(new Limit(action + "-ip", ip, perIp, window),
                new Limit(action + "-email", Supporter.normaliseEmail(email), perEmail, window)));
    }

    /** Records one attempt and says whether it is within the limit (this attempt included). */
    public boolean allow(String kind, String key, int max, Duration window) {
        return allowAll(List.of(new Limit(kind, key, max, window)));
    }

    /**
     * Records one attempt against every limit and says whether all are within (this attempt
     * included). Outside the caller's transaction (NOT_SUPPORTED suspends it), so refused attempts
     * still count even when the caller's work rolls back.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean allowAll(List<Limit> limits) {
        // Always in the same order, so two attempts that share two keys lock them in the same order.
        List<Limit> sorted = new ArrayList<>(limits);
        List<String> buckets = new ArrayList<>();
        sorted.sort(Comparator.comparing(Limit::kind));
        StringBuilder values = new StringBuilder();
        for (Limit l : sorted) {
            buckets.add(l.kind() + ":" + tokens.hash(l.kind(), l.key() == null ? "" : l.key()));
            values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS text), CAST(? AS int))");
        }
        String sql = """
                WITH quick AS (SELECT set_config('synchronous_commit', 'off', true) AS done),
                     clock AS (SELECT CAST(floor(extract(epoch FROM now())) AS bigint) AS now)
                INSERT INTO rate_limit AS r (bucket, window_length, window_start, hits, previous_hits)
                SELECT v.bucket, v.len, clock.now - clock.now % v.len, 1, 0
                FROM (VALUES :values) AS v(bucket, len), clock, quick
                ON CONFLICT (bucket) DO UPDATE SET
                    previous_hits = CASE WHEN r.window_start = excluded.window_start THEN r.previous_hits
                                         WHEN r.window_start = excluded.window_start - excluded.window_length
                                              AND r.window_length = excluded.window_length THEN r.hits
                                         ELSE 0 END,
                    hits = CASE WHEN r.window_start = excluded.window_start THEN r.hits + 1 ELSE 1 END,
                    window_start = excluded.window_start,
                    window_length = excluded.window_length
                RETURNING r.bucket, r.hits, r.previous_hits,
                          1.0 - (extract(epoch FROM now()) - r.window_start) / r.window_length
                """.replace(":values", values);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (int k = 0; k < sorted.size(); k++) {
                p.setString(i++, buckets.get(k));
                p.setInt(i++, (int) Math.max(1, sorted.get(k).window().toSeconds()));
            }
            boolean allowed = true;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Limit limit = sorted.get(buckets.indexOf(rs.getString(1)));
                    // The part of the previous window still inside the sliding one, as if its attempts
                    // had come evenly through it.
                    double previousWeight = Math.max(0, Math.min(1, rs.getDouble(4)));
                    allowed &= rs.getInt(2) + rs.getInt(3) * previousWeight <= limit.max();
                }
            }
            return allowed;
        } catch (SQLException e) {
            throw new IllegalStateException("rate limiter", e);
        }
    }

    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void forgetOld() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "DELETE FROM rate_limit WHERE window_start < extract(epoch FROM now()) - ?")) {
            p.setLong(1, KEEP.toSeconds());
            p.executeUpdate();
        }
    }
}
