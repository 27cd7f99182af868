package org.advocacyhub.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail on its way out. Features create these only through {@link Outbox#queue(Email)};
 * {@link OutboxSender} is the only code that changes them afterwards.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    public enum Status {
        QUEUED, SENT, DEAD,
        /** Marketing mail whose recipient unsubscribed or was erased before it went. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "reply_to")
    public String replyTo;

    @Column(nullable = false)
    public String subject;

    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.QUEUED;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** News and other non-transactional mail: it carries List-Unsubscribe and stops on unsubscribe. */
    @Column(nullable = false)
    public boolean marketing;

    @Column(name = "dedupe_key", unique = true)
    public String dedupeKey;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_content_type")
    public String attachmentContentType;

    @Column(name = "attachment_body")
    public String attachmentBody;

    /** Extra headers, one "Name: value" per line; see {@link Email#headers()}. */
    public String headers;
}
