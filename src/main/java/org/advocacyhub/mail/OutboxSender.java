package org.advocacyhub.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.advocacyhub.mail.OutboxMessage.Status;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the outbox. Each message is claimed, sent and marked in one transaction of its own, and the
 * claim is a row lock taken with SKIP LOCKED: while one instance (or thread) is sending a message, every
 * other one passes over it, so no message goes out twice at the same time. If an instance dies after
 * the SMTP server took a message but before the commit, the message is sent again later: at least once,
 * never twice concurrently. That second copy carries the same Message-ID as the first (one per outbox
 * row), so the recipient's mail system can recognise it as the same message.
 */
@ApplicationScoped
public class OutboxSender {

    static final int MAX_ERROR_LENGTH = 1000;

    private enum Outcome {
        NONE_DUE, SENT, FAILED, CANCELLED, SERVER_UNREACHABLE
    }

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    // The row lock is held while the blocking mailer waits on SMTP, so the transaction must outlive it.
    @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "60s")
    Duration mailerTimeout;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    // The first run waits for start-up to finish: after a restart the backlog must not compete with
    // the start for the CPU (it did: a restart with 6,000 queued confirmations took 0.7 s longer).
    @Scheduled(identity = "outbox-sender", every = "${advocacy.mail.poll-interval}",
            delayed = "${advocacy.mail.first-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendOnSchedule() {
        if (settings.sender().enabled()) {
            sendDue();
        }
    }

    /** Sends what is due now, up to the batch size; returns how many messages went out. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Outcome outcome = QuarkusTransaction.requiringNew()
                    .timeout((int) mailerTimeout.plusSeconds(30).toSeconds())
                    .call(this::sendNext);
            if (outcome == Outcome.NONE_DUE || outcome == Outcome.SERVER_UNREACHABLE) {
                // Unreachable: every other message would fail the same way; the next run tries again.
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * One SMTP conversation at a time per instance. The schedule never overlaps itself, so this only
     * matters when sendDue() is called from several threads (the tests race it on purpose): there,
     * two concurrent blocking sends through the Vert.x mail client sometimes left one connection
     * silent until the server gave up (GreenMail: "421 … SO_TIMEOUT"). Instances still race each other
     * for rows through FOR UPDATE SKIP LOCKED, which is what keeps a message from going out twice.
     */
    private static final java.util.concurrent.locks.ReentrantLock SMTP_ONE_AT_A_TIME = new java.util.concurrent.locks.ReentrantLock();

    private Outcome sendNext() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery("""
                SELECT * FROM outbox_message
                WHERE status = 'QUEUED' AND next_attempt_at <= now()
                ORDER BY id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """, OutboxMessage.class)
                .getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        OutboxMessage message = due.get(0);
        if (message.marketing && !stillWanted(message.recipient)) {
            message.status = Status.CANCELLED;
            return Outcome.CANCELLED;
        }
        try {
            SMTP_ONE_AT_A_TIME.lock();
            try {
                mailer.send(toMail(message).addHeader("Message-ID", messageId(message, from)));
            } finally {
                SMTP_ONE_AT_A_TIME.unlock();
            }
        } catch (RuntimeException e) {
            recordFailure(message, e);
            return unreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
        }
        message.status = Status.SENT;
        message.sentAt = Instant.now();
        message.attempts++;
        message.lastError = null;
        return Outcome.SENT;
    }

    /** The mail server could not be reached at all (refused, no route, timed out connecting). */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Marketing mail goes only to someone who still agrees to it: unsubscribing stops it at once. */
    private boolean stillWanted(String recipient) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM supporter
                WHERE email = ?1 AND email_consent_at IS NOT NULL AND unsubscribed_at IS NULL AND erased_at IS NULL
                """).setParameter(1, recipient).getSingleResult()).longValue() > 0;
    }

    private void recordFailure(OutboxMessage message, RuntimeException e) {
        message.attempts++;
        message.lastError = describe(e);
        if (message.attempts >= settings.maxAttempts()) {
            message.status = Status.DEAD;
            // The id and kind are enough to find it; the address stays out of the log.
            Log.errorf("Mail %d (%s) is DEAD after %d attempts: %s", message.id, message.kind, message.attempts,
                    message.lastError);
        } else {
            message.nextAttemptAt = Instant.now().plus(backoff(settings.retryBase(), settings.retryMax(), message.attempts));
            Log.warnf("Mail %d (%s) failed, attempt %d of %d, next at %s: %s", message.id, message.kind,
                    message.attempts, settings.maxAttempts(), message.nextAttemptAt, message.lastError);
        }
    }

    /** retry-base after the first failure, doubling after each further one, never more than retry-max. */
    static Duration backoff(Duration base, Duration max, int failedAttempts) {
        Duration wait = base;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * The same for every attempt at one outbox message, different for every message: its id, and its
     * creation time so that two databases (a restored backup, staging) never share one, at the sender's domain.
     */
    static String messageId(OutboxMessage message, String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : from.substring(at + 1).replaceAll("[>\\s]", "");
        String created = message.createdAt == null ? "" : "." + message.createdAt.toEpochMilli();
        return "<outbox." + message.id + created + "@" + domain + ">";
    }

    private static Mail toMail(OutboxMessage message) {
        Mail mail = message.bodyHtml == null
                ? Mail.withText(message.recipient, message.subject, message.bodyText)
                : Mail.withHtml(message.recipient, message.subject, message.bodyHtml).setText(message.bodyText);
        if (message.replyTo != null) {
            mail.setReplyTo(message.replyTo);
        }
        Email.parseHeaderLines(message.headers).forEach(mail::addHeader);
        if (message.attachmentName != null) {
            mail.addAttachment(message.attachmentName, message.attachmentBody.getBytes(StandardCharsets.UTF_8),
                    message.attachmentContentType);
        }
        return mail;
    }

    /** What went wrong, for last_error: the causes' types and messages, each said once, no stack trace. */
    static String describe(Throwable error) {
        Throwable first = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        StringBuilder text = new StringBuilder();
        for (Throwable t = first; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            String message = t.getMessage();
            // Wrappers repeat their cause's message; it adds nothing the second time.
            if (message != null && text.indexOf(message) >= 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (message != null) {
                text.append(": ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
