package org.advocacyhub.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails everyone who is going a reminder in the 24 hours before an event starts, once: the outbox
 * refuses a second reminder for the same RSVP, so running twice (or on two instances) is harmless.
 * People who answered inside those 24 hours already have the details from their confirmation.
 */
@ApplicationScoped
public class EventReminders {

    @Inject
    EventMail mail;

    @ConfigProperty(name = "advocacy.events.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(every = "${advocacy.events.reminder-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (enabled) {
            queueDue();
        }
    }

    /** Queues the reminders that are due now; returns how many. */
    @Transactional
    public int queueDue() {
        List<Rsvp> due = Rsvp.find("""
                select r from Rsvp r join fetch r.event e join fetch r.supporter
                where r.status = ?1 and e.status = ?2
                  and e.startsAt > current_timestamp and e.startsAt <= current_timestamp + 1 day
                  and r.createdAt < e.startsAt - 1 day
                  and not exists (select 1 from OutboxMessage o where o.dedupeKey = concat('event-reminder:', r.id))
                order by e.startsAt, r.id""", RsvpStatus.GOING, EventStatus.PUBLISHED).list();
        int queued = 0;
        for (Rsvp r : due) {
            if (mail.reminder(r)) {
                queued++;
            }
        }
        return queued;
    }
}
