package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The limiter's own promises; the pages' limits are tested with the pages (SigningTest, LetterWritingTest). */
@QuarkusTest
class RateLimiterTest {

    @Inject
    RateLimiter limiter;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The deterministic measure of an attempt's cost: the rows the limiter keeps, and so reads, for a
     * key. A limiter that stores a row per attempt and counts them reads 10,000 rows at the 10,000th
     * attempt; one row per key, updated in place, is one row at the first attempt and at the last.
     * (The table's size in bytes is no measure: while any transaction in the cluster is open, old row
     * versions cannot be pruned, whatever the design.)
     */
    @Test
    void anAttemptCostsTheSameAtTheTenThousandthAsAtTheFirst() throws Exception {
        String key = "flat-" + UUID.randomUUID();
        Duration window = Duration.ofDays(1);
        long before = limiterRows();
        assertTrue(limiter.allow("test-flat", key, 20_000, window));
        long afterFirst = limiterRows();
        for (int i = 2; i < 10_000; i++) {
            limiter.allow("test-flat", key, 20_000, window);
        }
        assertTrue(limiter.allow("test-flat", key, 20_000, window), "the 10,000th attempt is within a limit of 20,000");
        long afterTenThousand = limiterRows();
        assertEquals(1, afterFirst - before, "the first attempt stores one row");
        assertEquals(afterFirst, afterTenThousand, "rows the limiter keeps after 10,000 attempts for one key");
        assertFalse(limiter.allow("test-flat", key, 10_000, window), "and the count is exact: 10,001 is over 10,000");
    }

    @Test
    void racingAttemptsAreEachCountedOnceAndTheLimitHoldsExactly() throws Exception {
        String key = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> allowed = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                allowed.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < 50; i++) {
                        n += limiter.allow("test-race", key, 500, Duration.ofDays(1)) ? 1 : 0;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> f : allowed) {
                total += f.get();
            }
            assertEquals(500, total, "800 attempts against a limit of 500");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyLimitOfAnAttemptCountsAndOneOverRefusesIt() {
        String ip = "ip-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allowAll(List.of(new RateLimiter.Limit("test-ip", ip, 3, Duration.ofDays(1)),
                    new RateLimiter.Limit("test-email", "a" + i + "@example.net", 2, Duration.ofDays(1)))));
        }
        assertFalse(limiter.allowAll(List.of(new RateLimiter.Limit("test-ip", ip, 3, Duration.ofDays(1)),
                new RateLimiter.Limit("test-email", "fresh@example.net", 2, Duration.ofDays(1)))), "the address is over");
        assertTrue(limiter.allow("test-email", "fresh@example.net", 2, Duration.ofDays(1)), "the e-mail's attempt above counted once");
        assertFalse(limiter.allow("test-email", "fresh@example.net", 2, Duration.ofDays(1)));
    }

    @Test
    void aWindowTwoWindowsAgoIsForgotten() throws Exception {
        String key = "slide-" + UUID.randomUUID();
        Duration window = Duration.ofSeconds(1);
        assertTrue(limiter.allow("test-slide", key, 1, window));
        assertFalse(limiter.allow("test-slide", key, 1, window));
        Thread.sleep(2_100);
        assertTrue(limiter.allow("test-slide", key, 1, window));
    }

    /** Rows in every table of the limiter's, whatever its design calls them. */
    private long limiterRows() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT relname FROM pg_class WHERE relname LIKE 'rate\\_limit%' AND relkind = 'r'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            long rows = 0;
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            return rows;
        }
    }
}
