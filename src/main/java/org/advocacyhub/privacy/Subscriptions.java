package org.advocacyhub.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.advocacyhub.web.SignedTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether we may send someone news, and the signed links that let them stop it without signing in.
 * Unsubscribing takes effect at once: consent is withdrawn and logged, and news already queued for
 * them is cancelled in the same transaction. Transactional mail (a receipt, an event reminder) goes on.
 */
@ApplicationScoped
public class Subscriptions {

    static final String PURPOSE = "unsubscribe";

    @Inject
    EntityManager em;

    @Inject
    SignedTokens tokens;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    /** The link in the e-mail's footer: a page with one button. */
    public String pageUrl(long supporterId) {
        return baseUrl + "/unsubscribe/" + supporterId + "/" + tokens.sign(PURPOSE, supporterId);
    }

    /** The List-Unsubscribe address mail clients POST to for their own "Unsubscribe" button (RFC 8058). */
    public String oneClickUrl(long supporterId) {
        return pageUrl(supporterId) + "/one-click";
    }

    public boolean verify(long supporterId, String token) {
        return tokens.verify(PURPOSE, supporterId, token);
    }

    /**
     * Withdraws consent, once: returns false when they had already unsubscribed (or were erased), and
     * then nothing changes. {@code source} says how ("unsubscribe-link", "list-unsubscribe", "my-data").
     */
    @Transactional
    public boolean unsubscribe(long supporterId, String source) {
        int changed = em.createNativeQuery("""
                UPDATE supporter SET email_consent_at = NULL, unsubscribed_at = now(), unsubscribe_source = ?2
                WHERE id = ?1 AND erased_at IS NULL AND (unsubscribed_at IS NULL OR email_consent_at IS NOT NULL)
                """).setParameter(1, supporterId).setParameter(2, source).executeUpdate();
        if (changed == 0) {
            return false;
        }
        em.createNativeQuery("""
                INSERT INTO consent_event (supporter_id, given, source, language)
                SELECT id, FALSE, ?2, language FROM supporter WHERE id = ?1
                """).setParameter(1, supporterId).setParameter(2, source).executeUpdate();
        em.createNativeQuery("""
                UPDATE outbox_message SET status = 'CANCELLED'
                WHERE marketing AND status = 'QUEUED' AND recipient = (SELECT email FROM supporter WHERE id = ?1)
                """).setParameter(1, supporterId).executeUpdate();
        return true;
    }
}
