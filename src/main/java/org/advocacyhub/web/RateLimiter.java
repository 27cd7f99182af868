package org.advocacyhub.web;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Counts attempts per key in a sliding window, in the database, so that every app instance sees the
 * same counts. Keys are keyed hashes: the table never holds an IP address or an e-mail address.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration KEEP = Duration.ofDays(1);

    @Inject
    SignedTokens tokens;

    @Inject
    io.vertx.ext.web.RoutingContext request;

    /**
     * One attempt at {@code action} ("sign", "letters") by the visitor of this request: allowed when
     * neither their IP address (as the proxy forwards it) nor their e-mail address is over its limit.
     */
    public boolean allowsVisitor(String action, String email, int perIp, int perEmail, Duration window) {
        var address = request.request().remoteAddress();
        String ip = address == null ? "unknown" : address.hostAddress();
        return allow(action + "-ip", ip, perIp, window)
                && allow(action + "-email", org.advocacyhub.supporter.Supporter.normaliseEmail(email), perEmail, window);
    }

    /**
     * Records one attempt and says whether it is within the limit (this attempt included). Runs in
     * its own transaction, so refused attempts still count even when the caller's work rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean allow(String kind, String key, int max, Duration window) {
        String bucket = kind + ":" + tokens.hash(kind, key);
        var em = Panache.getEntityManager();
        // One transaction at a time per bucket, so racing attempts cannot all slip under the limit.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, bucket).getSingleResult();
        long recent = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM rate_limit_hit WHERE bucket = ?1 AND created_at > now() - make_interval(secs => ?2)")
                .setParameter(1, bucket).setParameter(2, (double) window.toSeconds()).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO rate_limit_hit (bucket) VALUES (?1)").setParameter(1, bucket).executeUpdate();
        return recent < max;
    }

    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOld() {
        Panache.getEntityManager().createNativeQuery("DELETE FROM rate_limit_hit WHERE created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) KEEP.toSeconds()).executeUpdate();
    }
}
