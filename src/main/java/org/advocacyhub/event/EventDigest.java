package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.web.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily e-mail to each coordinator who chose it: the events waiting for approval. Sent once per day
 * per coordinator, from the hour configured on, in the organisation's time zone: the day is claimed in
 * coordinator_digest with one UPDATE before the mail is queued (a second instance finds it claimed), and
 * the outbox refuses a second mail with the same day's key. Nothing is sent, and the day is not claimed,
 * while nothing waits: a morning with an empty queue still gets a digest if an event arrives later.
 */
@ApplicationScoped
public class EventDigest {

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @ConfigProperty(name = "advocacy.events.digest.enabled", defaultValue = "true")
    boolean enabled;

    /** The organisation's day: when "today" begins for the digest. */
    @ConfigProperty(name = "advocacy.events.digest.zone", defaultValue = "America/New_York")
    String zone;

    /** The hour of that day from which the digest goes out. */
    @ConfigProperty(name = "advocacy.events.digest.hour", defaultValue = "8")
    int hour;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(CoordinatorDigest digest, List<ApprovalPages.PendingEntry> pending, int changes,
                String queueUrl, String settingsUrl);
    }

    @Scheduled(every = "${advocacy.events.digest-interval:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (enabled) {
            sendDue(ZonedDateTime.now(ZoneId.of(zone)));
        }
    }

    /** Queues today's digests that are due at {@code now}; returns how many. */
    @Transactional
    public int sendDue(ZonedDateTime now) {
        if (now.getHour() < hour) {
            return 0;
        }
        List<ApprovalPages.PendingEntry> pending = ApprovalPages.pendingEntries();
        int changes = EventRevision.queue().size();
        if (pending.isEmpty() && changes == 0) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        @SuppressWarnings("unchecked")
        List<String> claimed = CoordinatorDigest.getEntityManager().createNativeQuery("""
                UPDATE coordinator_digest SET last_sent_on = :today
                WHERE daily AND email <> '' AND (last_sent_on IS NULL OR last_sent_on < :today)
                RETURNING subject""").setParameter("today", today).getResultList();
        int sent = 0;
        for (String subject : claimed) {
            CoordinatorDigest d = CoordinatorDigest.findById(subject);
            String language = Language.supportedOrDefault(d.language);
            SeriesMessages m = Language.bundle(SeriesMessages.class, language);
            int waiting = pending.size() + changes;
            Email email = Email.of("event-digest", d.email, m.digestSubject(waiting),
                    Templates.digest(d, pending, changes, baseUrl + "/coordinator/events", baseUrl + "/coordinator/digest")
                            .setLocale(language).render())
                    .withDedupeKey("event-digest:" + subject + ":" + today);
            if (outbox.queue(email).isPresent()) {
                sent++;
            }
        }
        return sent;
    }
}
