package org.advocacyhub.testsupport;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacyhub.web.BotCheck;

/**
 * Tests that play many visitors of a public form: each gets an IP address of its own (as behind a
 * proxy), so the per-IP limit is not in the way, and a signed "form shown at" time long enough ago
 * to look like a person (web/BotCheck).
 */
public final class Visitors {

    private static final AtomicInteger IP = new AtomicInteger();

    private Visitors() {
    }

    /** Addresses from 198.18.0.0/15, set aside for benchmarks, unlike the signing tests' 198.51.x.x. */
    public static String nextIp() {
        int n = IP.getAndIncrement();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    /** The RSVP form's "started" field as a person's would be: shown 30 seconds ago. */
    public static String rsvpStarted() {
        return Arc.container().instance(BotCheck.class).get().startedToken("rsvp-form-started", Instant.now().minusSeconds(30));
    }
}
