package org.advocacyhub.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two app instances on one database, both sending the outbox and both running the reminder job:
 * every queued e-mail goes out once, a cancellation promotes the next person once (even when the
 * cancel reaches both instances at the same moment), and each attendee gets one reminder.
 */
class TwoInstancesFailureIT {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void twoInstancesDoEverythingOnce() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.create("two-instances");
                SmtpServer smtp = new SmtpServer().start();
                AppInstance a = both(new AppInstance("instance-a", pg.jdbcUrl(), smtp.port));
                AppInstance b = both(new AppInstance("instance-b", pg.jdbcUrl(), smtp.port))) {
            // One after the other: Flyway's lock would make the second wait anyway.
            a.start();
            b.start();

            // 1. Signatures through both instances; both senders race for the same outbox.
            String slug = Fixtures.petition(pg, "two-instances");
            SigningLoad load = new SigningLoad("two", 8, i -> (i % 2 == 0 ? a : b).url(""), slug);
            try {
                load.waitForThanks(300, 300_000);
            } finally {
                load.close();
            }
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(120));
            Map<String, Long> rows = Fixtures.signaturesPerEmail(pg, slug);
            assertTrue(rows.keySet().containsAll(load.thanked));
            Map<String, Long> confirmations = SmtpServer.count(smtp.received(), SmtpServer.Received::recipient);
            assertEquals(rows.keySet(), confirmations.keySet(), "every signer got the confirmation");
            assertEquals(Map.of(), only(confirmations, n -> n > 1), "a confirmation sent twice by the two instances");

            // 2. Waiting list: one place, one person going, two waiting; the goer cancels on both instances at once.
            long eventId = event(pg, "one-place", 1, "now() + interval '3 days'");
            assertEquals(303, rsvp(a, "one-place", "goer@failure.test"));
            assertEquals(303, rsvp(b, "one-place", "first-waiting@failure.test"));
            assertEquals(303, rsvp(a, "one-place", "second-waiting@failure.test"));
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(60));
            assertEquals("WAITLISTED", rsvpStatus(pg, eventId, "first-waiting@failure.test"));
            String cancelPath = cancelLink(smtp, "goer@failure.test");
            List<Integer> cancelAnswers = cancelOnBoth(List.of(a, b), cancelPath);
            assertEquals(List.of(303, 303), cancelAnswers, "both cancel requests answered");
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(60));
            Thread.sleep(3000); // several polls of both senders
            assertEquals("GOING", rsvpStatus(pg, eventId, "first-waiting@failure.test"));
            assertEquals("WAITLISTED", rsvpStatus(pg, eventId, "second-waiting@failure.test"));
            long promotions = smtp.to("first-waiting@failure.test").stream()
                    .filter(m -> m.subject().startsWith("A place came up")).count();
            assertEquals(1, promotions, "exactly one promotion e-mail");
            assertEquals(0, smtp.to("second-waiting@failure.test").stream()
                    .filter(m -> m.subject().startsWith("A place came up")).count());

            // 3. Reminders: 20 people going to an event tomorrow, both instances' reminder jobs every second.
            long tomorrow = event(pg, "tomorrow", null, "now() + interval '12 hours'");
            int attendees = 20;
            Fixtures.execute(pg, """
                    WITH people AS (
                        INSERT INTO supporter (email, first_name, last_name, zip)
                        SELECT 'attendee-' || n || '@failure.test', 'Attendee', 'Number ' || n, '10001'
                        FROM generate_series(1, %d) n RETURNING id)
                    INSERT INTO rsvp (event_id, supporter_id, status, created_at, updated_at)
                    SELECT %d, id, 'GOING', now() - interval '2 days', now() - interval '2 days' FROM people
                    """.formatted(attendees, tomorrow));
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (Fixtures.single(pg, "SELECT count(*) FROM outbox_message WHERE kind = 'event-reminder' AND status = 'SENT'")
                    < attendees && System.nanoTime() < end) {
                Thread.sleep(250);
            }
            Thread.sleep(5000); // both jobs run several more times
            Fixtures.awaitOutboxDrained(pg, Duration.ofSeconds(60));
            Map<String, Long> reminders = SmtpServer.count(smtp.received().stream()
                    .filter(m -> m.recipient().startsWith("attendee-")).toList(), SmtpServer.Received::recipient);
            assertEquals(attendees, reminders.size(), "every attendee got a reminder: " + reminders);
            assertEquals(Map.of(), only(reminders, n -> n != 1), "one reminder per attendee");
            assertEquals(attendees, Fixtures.single(pg, "SELECT count(*) FROM outbox_message WHERE kind = 'event-reminder'"));

            Fixtures.printCounts("two instances", load, rows.size(), smtp.received().size(),
                    "promotion e-mails " + promotions + ", reminders " + reminders.values().stream().mapToLong(Long::longValue).sum()
                            + " for " + attendees + " attendees, cancel answers " + cancelAnswers);
        }
    }

    private static AppInstance both(AppInstance app) {
        return app.set("advocacy.mail.poll-interval", "500ms")
                .set("advocacy.events.reminders.enabled", "true")
                .set("advocacy.events.reminder-interval", "1s");
    }

    private static long event(ThrowawayPostgres pg, String slug, Integer capacity, String startsAt) throws Exception {
        Fixtures.execute(pg, """
                INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, venue_name, street, city,
                                   state, zip, capacity, accessibility, status, published_at, host_subject, host_name)
                VALUES ('%s', 'Walk %s', 'A walk.', 'AWARENESS_WALK', %s, %s + interval '2 hours', 'America/New_York',
                        'Park', '1 Main St', 'New York', 'NY', '10001', %s, 'ACCESSIBLE', 'PUBLISHED', now(), 'host', 'Host')
                """.formatted(slug, slug, startsAt, startsAt, capacity == null ? "NULL" : capacity.toString()));
        return Fixtures.single(pg, "SELECT id FROM event WHERE slug = ?", slug);
    }

    private static int rsvp(AppInstance app, String slug, String email) throws Exception {
        Visitor v = new Visitor();
        Visitor.Page page = v.get(app.url("/events/" + slug));
        assertEquals(200, page.status());
        Map<String, String> form = new LinkedHashMap<>();
        form.putAll(page.hidden()); // the CSRF token and the signed "started" time, as a browser sends them
        form.put("firstName", "Pat");
        form.put("lastName", "Doe");
        form.put("email", email);
        form.put("zip", "10001");
        form.put("guests", "0");
        return v.post(app.url("/events/" + slug + "/rsvp"), form).statusCode();
    }

    private static String rsvpStatus(ThrowawayPostgres pg, long eventId, String email) throws Exception {
        try (var c = pg.connect(); var s = c.prepareStatement(
                "SELECT r.status FROM rsvp r JOIN supporter s ON s.id = r.supporter_id WHERE r.event_id = ? AND s.email = ?")) {
            s.setLong(1, eventId);
            s.setString(2, email);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static final Pattern CANCEL = Pattern.compile("/rsvps/\\d+/cancel\\?token=[A-Za-z0-9_.~%=-]+");

    /** The cancel link of the person's confirmation e-mail, as they would click it. */
    private static String cancelLink(SmtpServer smtp, String email) {
        for (SmtpServer.Received m : smtp.to(email)) {
            // Quoted-printable: soft line breaks and "=3D" for "=".
            Matcher link = CANCEL.matcher(m.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
            if (link.find()) {
                return link.group();
            }
        }
        throw new AssertionError("no cancel link in the mail to " + email);
    }

    /** Opens the cancel page on each instance, then presses the button on all of them at the same moment. */
    private static List<Integer> cancelOnBoth(List<AppInstance> apps, String cancelPath) throws Exception {
        List<Callable<Integer>> presses = new ArrayList<>();
        for (AppInstance app : apps) {
            Visitor v = new Visitor();
            Visitor.Page page = v.get(app.url(cancelPath));
            assertEquals(200, page.status());
            String action = cancelPath.substring(0, cancelPath.indexOf('?'));
            presses.add(() -> {
                HttpResponse<String> r = v.post(app.url(action), page.hidden());
                return r.statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(presses.size());
        try {
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(presses)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, Long> only(Map<String, Long> counts, java.util.function.LongPredicate keep) {
        return counts.entrySet().stream().filter(e -> keep.test(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
