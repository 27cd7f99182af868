package org.advocacyhub.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The automatic e-mails around an event, each once per person: reminders at the configured times before
 * the start (advocacy.events.reminders.before, by default a day and two hours) to everyone going, and after
 * the event a thank-you with the host's next step to those who came and another word to those who did not.
 *
 * <p>Once means once: before a mail is queued, its row (RSVP, kind) goes into rsvp_mailing with ON CONFLICT
 * DO NOTHING in the same transaction, so a second run, or a second app instance running at the same
 * moment, finds the row there (or waits for it) and queues nothing. People who answered after a reminder's
 * time had the details in their confirmation; when two reminders are due at once (the job was down), only
 * the later one goes.
 */
@ApplicationScoped
public class EventReminders {

    @Inject
    AttendeeMail mail;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "advocacy.events.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "advocacy.events.reminders.before", defaultValue = "1d,2h")
    List<Duration> before;

    /** How long after an event ends the follow-up goes: time for the host to check the last people in. */
    @ConfigProperty(name = "advocacy.events.follow-up.after", defaultValue = "2h")
    Duration followUpAfter;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @Scheduled(every = "${advocacy.events.reminder-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (enabled) {
            queueDue();
            queueFollowUps();
        }
    }

    /** Queues the reminders that are due now; returns how many. */
    @Transactional
    public int queueDue() {
        List<Long> minutes = before.stream().map(Duration::toMinutes).filter(m -> m > 0).distinct().sorted().toList();
        int queued = 0;
        for (int i = 0; i < minutes.size(); i++) {
            long at = minutes.get(i);
            long later = i == 0 ? 0 : minutes.get(i - 1);
            String kind = "reminder-" + at;
            List<Long> ids = ids("""
                    SELECT r.id FROM rsvp r JOIN event e ON e.id = r.event_id JOIN supporter s ON s.id = r.supporter_id
                    WHERE r.status = 'GOING' AND e.status = 'PUBLISHED'
                      AND e.starts_at > now() + make_interval(mins => CAST(?1 AS int))
                      AND e.starts_at <= now() + make_interval(mins => CAST(?2 AS int))
                      AND r.created_at < e.starts_at - make_interval(mins => CAST(?2 AS int))
                      AND s.email IS NOT NULL AND s.erased_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM rsvp_mailing m WHERE m.rsvp_id = r.id AND m.kind = ?3)
                    ORDER BY e.starts_at, r.id LIMIT 2000""", later, at, kind);
            for (Rsvp r : load(ids)) {
                if (claim(r.id, kind) && mail.reminder(r, at)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /** Queues the follow-ups of events that ended (not more than a week ago); returns how many. */
    @Transactional
    public int queueFollowUps() {
        List<Long> ids = ids("""
                SELECT r.id FROM rsvp r JOIN event e ON e.id = r.event_id JOIN supporter s ON s.id = r.supporter_id
                WHERE r.status = 'GOING' AND e.status = 'PUBLISHED'
                  AND e.ends_at <= now() - make_interval(mins => CAST(?1 AS int))
                  AND e.ends_at > now() - interval '7 days'
                  AND s.email IS NOT NULL AND s.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM rsvp_mailing m WHERE m.rsvp_id = r.id AND m.kind = ?2)
                ORDER BY e.ends_at, r.id LIMIT 2000""", followUpAfter.toMinutes(), "follow-up", null);
        Map<Long, Optional<NextStep.Link>> steps = new java.util.HashMap<>();
        int queued = 0;
        for (Rsvp r : load(ids)) {
            Optional<NextStep.Link> step = steps.computeIfAbsent(r.event.id, id -> NextStep.linkFor(id, baseUrl));
            // The next step is the thank-you's; someone who did not come gets a kind word, not an ask.
            boolean came = r.isCheckedIn();
            if (claim(r.id, "follow-up") && mail.followUp(r, came, came ? step.orElse(null) : null)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean claim(long rsvpId, String kind) {
        return em.createNativeQuery("INSERT INTO rsvp_mailing (rsvp_id, kind) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, rsvpId).setParameter(2, kind).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Object first, Object second, Object third) {
        var q = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second);
        if (third != null) {
            q.setParameter(3, third);
        }
        List<Number> rows = q.getResultList();
        List<Long> ids = new ArrayList<>();
        rows.forEach(n -> ids.add(n.longValue()));
        return ids;
    }

    private static List<Rsvp> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Rsvp> byId = Rsvp.<Rsvp>find("select r from Rsvp r join fetch r.event join fetch r.supporter where r.id in ?1", ids)
                .list().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
