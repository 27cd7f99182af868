package org.advocacyhub.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.supporter.Supporter;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventRemindersTest {

    @Inject
    EventReminders reminders;

    private static Rsvp answer(Event e, String email, RsvpStatus status, Instant answeredAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, "Rae", "Minder", "05401", null, null);
            r.status = status;
            r.createdAt = answeredAt;
            r.persist();
            return r;
        });
    }

    private static long remindersFor(Rsvp r) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) Event.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM outbox_message WHERE dedupe_key = ?1", Long.class)
                .setParameter(1, "event-reminder:" + r.id).getSingleResult());
    }

    @Test
    void everyoneGoingGetsOneReminderInTheDayBeforeEvenIfTheJobRunsTwice() {
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);
        Event tomorrow = EventFixtures.published("Reminder tomorrow", "05401", Instant.now().plus(20, ChronoUnit.HOURS), null);
        Event nextWeek = EventFixtures.published("Reminder next week", "05401", Instant.now().plus(7, ChronoUnit.DAYS), null);
        Rsvp going = answer(tomorrow, "going.reminder@example.net", RsvpStatus.GOING, weekAgo);
        Rsvp waiting = answer(tomorrow, "waiting.reminder@example.net", RsvpStatus.WAITLISTED, weekAgo);
        Rsvp late = answer(tomorrow, "late.reminder@example.net", RsvpStatus.GOING, Instant.now().minus(1, ChronoUnit.HOURS));
        Rsvp early = answer(nextWeek, "early.reminder@example.net", RsvpStatus.GOING, weekAgo);

        reminders.queueDue();
        reminders.queueDue();

        assertEquals(1, remindersFor(going));
        assertEquals(0, remindersFor(waiting));
        assertEquals(0, remindersFor(late), "answered within the day: the confirmation had the details");
        assertEquals(0, remindersFor(early));
    }
}
