package org.advocacyhub.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.supporter.Supporter;
import org.junit.jupiter.api.Test;

/** Reminders at the configured times before (1 day, 2 hours) and the follow-ups after, each once per person. */
@QuarkusTest
class EventRemindersTest {

    @Inject
    EventReminders reminders;

    private static Rsvp answer(Event e, String email, RsvpStatus status, Instant answeredAt) {
        return answer(e, email, status, answeredAt, null);
    }

    private static Rsvp answer(Event e, String email, RsvpStatus status, Instant answeredAt, Instant checkedIn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(e.id);
            r.supporter = Supporter.upsert(email, "Rae", "Minder", "05401", null, null);
            r.status = status;
            r.createdAt = answeredAt;
            r.checkedInAt = checkedIn;
            r.persist();
            return r;
        });
    }

    /** The outbox keys of the mails of one kind queued for an RSVP. */
    private static List<String> mails(Rsvp r, String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> Event.getEntityManager()
                .createNativeQuery("SELECT dedupe_key FROM outbox_message WHERE dedupe_key LIKE ?1 ORDER BY id", String.class)
                .setParameter(1, keyPrefix + "%:" + r.id).getResultList());
    }

    private static String body(String dedupeKey) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Event.getEntityManager()
                .createNativeQuery("SELECT body_text FROM outbox_message WHERE dedupe_key = ?1")
                .setParameter(1, dedupeKey).getSingleResult());
    }

    private static void move(Event e, Instant start) {
        QuarkusTransaction.requiringNew().run(() -> {
            Event managed = Event.findById(e.id);
            managed.startsAt = start;
            managed.endsAt = start.plus(2, ChronoUnit.HOURS);
        });
    }

    @Test
    void everyoneGoingGetsEachReminderOnceEvenIfTheJobRunsTwice() {
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);
        Event soon = EventFixtures.published("Reminder tomorrow", "05401", Instant.now().plus(20, ChronoUnit.HOURS), null);
        Event nextWeek = EventFixtures.published("Reminder next week", "05401", Instant.now().plus(7, ChronoUnit.DAYS), null);
        Rsvp going = answer(soon, "going.reminder@example.net", RsvpStatus.GOING, weekAgo);
        Rsvp waiting = answer(soon, "waiting.reminder@example.net", RsvpStatus.WAITLISTED, weekAgo);
        Rsvp late = answer(soon, "late.reminder@example.net", RsvpStatus.GOING, Instant.now().minus(1, ChronoUnit.HOURS));
        Rsvp early = answer(nextWeek, "early.reminder@example.net", RsvpStatus.GOING, weekAgo);

        reminders.queueDue();
        reminders.queueDue();

        assertEquals(List.of("event-reminder:1440:" + going.id), mails(going, "event-reminder:"));
        assertEquals(List.of(), mails(waiting, "event-reminder:"));
        assertEquals(List.of(), mails(late, "event-reminder:"), "answered within the day: the confirmation had the details");
        assertEquals(List.of(), mails(early, "event-reminder:"));

        // Two hours before: the second reminder, once, to everyone going (also who answered late).
        move(soon, Instant.now().plus(90, ChronoUnit.MINUTES));
        reminders.queueDue();
        reminders.queueDue();
        assertEquals(List.of("event-reminder:1440:" + going.id, "event-reminder:120:" + going.id), mails(going, "event-reminder:"));
        assertEquals(List.of("event-reminder:120:" + late.id), mails(late, "event-reminder:"));
        assertEquals(List.of(), mails(waiting, "event-reminder:"));
        assertEquals(2L, claimed(going), "one row per reminder kind");
    }

    @Test
    void aRunThatMissedTheDayBeforeSendsOnlyTheLaterReminder() {
        Event e = EventFixtures.published("Reminder missed day", "05401", Instant.now().plus(1, ChronoUnit.HOURS), null);
        Rsvp going = answer(e, "both.reminder@example.net", RsvpStatus.GOING, Instant.now().minus(7, ChronoUnit.DAYS));
        reminders.queueDue();
        assertEquals(List.of("event-reminder:120:" + going.id), mails(going, "event-reminder:"));
    }

    @Test
    void theOnlineLinkIsInTheRemindersToPeopleGoing() {
        Event e = EventFixtures.published("Reminder online", "05401", Instant.now().plus(20, ChronoUnit.HOURS), null);
        QuarkusTransaction.requiringNew().run(() -> {
            Event managed = Event.findById(e.id);
            managed.online = true;
            managed.onlineUrl = "https://meet.example.org/reminder-room";
        });
        Rsvp going = answer(e, "online.reminder@example.net", RsvpStatus.GOING, Instant.now().minus(3, ChronoUnit.DAYS));
        reminders.queueDue();
        String text = body("event-reminder:1440:" + going.id);
        assertTrue(text.contains("https://meet.example.org/reminder-room"), text);
    }

    @Test
    void afterTheEventThoseWhoCameGetThanksAndTheNextStepAndNoShowsAnotherWordOnce() {
        Petition next = QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            p.slug = "follow-up-petition-" + System.nanoTime();
            p.title = "Fund MS nurses";
            p.summary = "Nurses.";
            p.bodyMarkdown = "More nurses.";
            p.target = "The governor";
            p.goal = 100;
            p.status = org.advocacyhub.petition.PetitionStatus.OPEN;
            p.persist();
            return p;
        });
        Event past = EventFixtures.published("Follow-up walk", "05401", Instant.now().minus(5, ChronoUnit.HOURS), null);
        QuarkusTransaction.requiringNew().run(() -> {
            NextStep step = new NextStep();
            step.eventId = past.id;
            step.kind = NextStep.Kind.PETITION;
            step.targetId = next.id;
            step.persist();
        });
        Instant before = Instant.now().minus(7, ChronoUnit.DAYS);
        Rsvp came = answer(past, "came.followup@example.net", RsvpStatus.GOING, before, Instant.now().minus(4, ChronoUnit.HOURS));
        Rsvp noShow = answer(past, "noshow.followup@example.net", RsvpStatus.GOING, before);
        Rsvp waiting = answer(past, "waiting.followup@example.net", RsvpStatus.WAITLISTED, before);
        Rsvp cancelled = answer(past, "cancelled.followup@example.net", RsvpStatus.CANCELLED, before);
        Event ongoing = EventFixtures.published("Follow-up not yet", "05401", Instant.now().minus(1, ChronoUnit.HOURS), null);
        Rsvp notYet = answer(ongoing, "notyet.followup@example.net", RsvpStatus.GOING, before, Instant.now());

        reminders.queueFollowUps();
        reminders.queueFollowUps();

        assertEquals(List.of("event-follow-up:" + came.id), mails(came, "event-follow-up"));
        String thanks = body("event-follow-up:" + came.id);
        assertTrue(thanks.contains("Thank you for coming to Follow-up walk"), thanks);
        assertTrue(thanks.contains("please sign the petition \"Fund MS nurses\"") && thanks.contains("/petitions/" + next.slug), thanks);
        assertEquals(List.of("event-follow-up-missed:" + noShow.id), mails(noShow, "event-follow-up"));
        String missed = body("event-follow-up-missed:" + noShow.id);
        assertTrue(missed.contains("We missed you at Follow-up walk"), missed);
        assertTrue(!missed.contains("Fund MS nurses"), "the next step is for those who came: " + missed);
        assertEquals(List.of(), mails(waiting, "event-follow-up"));
        assertEquals(List.of(), mails(cancelled, "event-follow-up"));
        assertEquals(List.of(), mails(notYet, "event-follow-up"), "the event has not ended two hours ago yet");
    }

    private static long claimed(Rsvp r) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Event.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM rsvp_mailing WHERE rsvp_id = ?1").setParameter(1, r.id)
                .getSingleResult()).longValue());
    }
}
