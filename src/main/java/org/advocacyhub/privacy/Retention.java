package org.advocacyhub.privacy;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps data no longer than it is needed (docs/privacy.md), once a night:
 * <ul>
 * <li>a supporter with no action for {@code advocacy.privacy.inactive-months} (24) and no consent to
 * news is erased;</li>
 * <li>a signature never confirmed within {@code advocacy.privacy.unverified-days} (30) loses its comment
 * and shown name, and its signer is erased if that is all they did: consent from an address nobody
 * confirmed is no consent.</li>
 * </ul>
 * Erasure is {@link MyData#erase}: rows stay so totals stay true, the person goes.
 */
@ApplicationScoped
public class Retention {

    public record Outcome(int inactiveErased, int unverifiedSignatures, int unverifiedErased) {
    }

    @Inject
    EntityManager em;

    @Inject
    MyData data;

    @ConfigProperty(name = "advocacy.privacy.inactive-months", defaultValue = "24")
    int inactiveMonths;

    @ConfigProperty(name = "advocacy.privacy.unverified-days", defaultValue = "30")
    int unverifiedDays;

    /** How long the audit trail (issue 15) keeps who did what to people's data. */
    @ConfigProperty(name = "advocacy.audit.keep-months", defaultValue = "24")
    int auditKeepMonths;

    @ConfigProperty(name = "advocacy.privacy.retention.enabled", defaultValue = "true")
    boolean enabled;

    /** Read through methods: a field read on the CDI proxy would see nothing. */
    int inactiveMonths() {
        return inactiveMonths;
    }

    int unverifiedDays() {
        return unverifiedDays;
    }

    @Scheduled(cron = "{advocacy.privacy.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (enabled) {
            Outcome o = run(Instant.now());
            Log.infof("Retention: %d inactive supporters erased, %d unconfirmed signatures anonymised, %d of their signers erased",
                    o.inactiveErased(), o.unverifiedSignatures(), o.unverifiedErased());
        }
    }

    /** One pass as of {@code now}; each person is erased in a transaction of their own. */
    public Outcome run(Instant now) {
        Instant inactiveBefore = now.atOffset(ZoneOffset.UTC).minusMonths(inactiveMonths).toInstant();
        Instant unverifiedBefore = now.atOffset(ZoneOffset.UTC).minusDays(unverifiedDays).toInstant();

        List<Long> inactive = QuarkusTransaction.requiringNew().call(() -> ids("""
                SELECT s.id FROM supporter s
                WHERE s.erased_at IS NULL
                  AND (s.email_consent_at IS NULL OR s.unsubscribed_at IS NOT NULL)
                  AND s.updated_at < ?1
                  AND NOT EXISTS (SELECT 1 FROM signature g WHERE g.supporter_id = s.id AND g.created_at >= ?1)
                  AND NOT EXISTS (SELECT 1 FROM rsvp r WHERE r.supporter_id = s.id AND r.updated_at >= ?1)
                  AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.supporter_id = s.id AND l.created_at >= ?1)
                ORDER BY s.id
                """, inactiveBefore));
        for (long id : inactive) {
            data.erase(id, MyData.Reason.RETENTION_INACTIVE);
        }

        // The audit trail is kept for a set time, then goes like everything else.
        Instant auditBefore = now.atOffset(ZoneOffset.UTC).minusMonths(auditKeepMonths).toInstant();
        int auditPurged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM audit_entry WHERE at < ?1").setParameter(1, auditBefore).executeUpdate());
        if (auditPurged > 0) {
            Log.infof("Retention: %d audit entries older than %d months deleted", auditPurged, auditKeepMonths);
        }

        // Changes a form proposed and the owner never confirmed (or did): nothing to keep them for.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM pending_change WHERE expires_at < ?1").setParameter(1, now).executeUpdate());

        int anonymised = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE signature SET comment = NULL, show_name = FALSE
                WHERE verified_at IS NULL AND created_at < ?1 AND (comment IS NOT NULL OR show_name)
                """).setParameter(1, unverifiedBefore).executeUpdate());

        List<Long> unconfirmed = QuarkusTransaction.requiringNew().call(() -> ids("""
                SELECT s.id FROM supporter s
                WHERE s.erased_at IS NULL AND s.keycloak_subject IS NULL
                  AND EXISTS (SELECT 1 FROM signature g WHERE g.supporter_id = s.id)
                  AND NOT EXISTS (SELECT 1 FROM signature g WHERE g.supporter_id = s.id
                                  AND (g.verified_at IS NOT NULL OR g.created_at >= ?1))
                  AND NOT EXISTS (SELECT 1 FROM rsvp r WHERE r.supporter_id = s.id)
                  AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.supporter_id = s.id)
                ORDER BY s.id
                """, unverifiedBefore));
        for (long id : unconfirmed) {
            data.erase(id, MyData.Reason.RETENTION_UNVERIFIED);
        }
        return new Outcome(inactive.size(), anonymised, unconfirmed.size());
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Instant before) {
        return ((List<Number>) em.createNativeQuery(sql).setParameter(1, before).getResultList())
                .stream().map(Number::longValue).toList();
    }
}
