package org.advocacyhub.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The one way the app sends e-mail: a feature queues the message in its own transaction, so the mail
 * goes if and only if what it reports was committed, and {@link OutboxSender} sends it soon after.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    /**
     * Queues the message; empty when its dedupe key was queued before (then nothing changes).
     * A repeated key never raises an error, so the caller's transaction carries on either way.
     */
    @Transactional
    public Optional<OutboxMessage> queue(Email email) {
        Email.Attachment attachment = email.attachment();
        // ON CONFLICT rather than a look-up first: two requests racing on one key still queue it once.
        // The casts type the optional values, which are bound as untyped nulls when absent.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                INSERT INTO outbox_message (recipient, reply_to, subject, body_text, body_html, kind, status,
                                            dedupe_key, attachment_name, attachment_content_type, attachment_body,
                                            headers, marketing)
                VALUES (?1, CAST(?2 AS text), ?3, ?4, CAST(?5 AS text), ?6, 'QUEUED', CAST(?7 AS text),
                        CAST(?8 AS text), CAST(?9 AS text), CAST(?10 AS text), CAST(?11 AS text), ?12)
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id
                """)
                .setParameter(1, email.to())
                .setParameter(2, email.replyTo())
                .setParameter(3, email.subject())
                .setParameter(4, email.text())
                .setParameter(5, email.html())
                .setParameter(6, email.kind())
                .setParameter(7, email.dedupeKey())
                .setParameter(8, attachment == null ? null : attachment.name())
                .setParameter(9, attachment == null ? null : attachment.contentType())
                .setParameter(10, attachment == null ? null : attachment.body())
                .setParameter(11, email.headerLines())
                .setParameter(12, email.isMarketing())
                .getResultList();
        // A reference, not a read: callers want its id, and a signature must not pay a read for it.
        return ids.stream().findFirst().map(id -> em.getReference(OutboxMessage.class, id.longValue()));
    }
}
