package org.advocacyhub.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.advocacyhub.mail.OutboxMessage.Status;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against a real SMTP server that goes down and comes back. The schedule is off in tests,
 * so each step is one sendDue() call; waits are skipped by moving next_attempt_at into the past.
 */
@QuarkusTest
class OutboxSenderTest {

    @InjectMailServer
    GreenMail smtp;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    MailSettings settings;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void smtpIsBackForTheNextTest() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void whileSmtpIsDownMailStaysQueuedAndIsRetriedLaterThenGoesOutOnce() throws Exception {
        queue(2);
        smtp.stop();

        // The server cannot be reached: the first message records the failure and the run stops,
        // since every other message would fail the same way.
        assertEquals(0, sender.sendDue());
        OutboxMessage first = rows().get(0);
        assertEquals(Status.QUEUED, first.status);
        assertEquals(1, first.attempts);
        assertNotNull(first.lastError);
        assertFalse(first.lastError.isBlank());
        assertFalse(first.lastError.contains("\tat "), "no stack trace in last_error: " + first.lastError);
        assertWithin(first.nextAttemptAt, settings.retryBase());
        assertEquals(0, rows().get(1).attempts, "not tried in the run that found the server unreachable");

        // The next run tries the one still due, and again only that one.
        assertEquals(0, sender.sendDue());
        for (OutboxMessage row : rows()) {
            assertEquals(Status.QUEUED, row.status);
            assertEquals(1, row.attempts);
            assertWithin(row.nextAttemptAt, settings.retryBase());
        }
        // Not due yet: nothing is tried.
        assertEquals(0, sender.sendDue());
        assertTrue(rows().stream().allMatch(row -> row.attempts == 1));

        makeDue();
        assertEquals(0, sender.sendDue());
        assertEquals(2, rows().get(0).attempts);
        assertWithin(rows().get(0).nextAttemptAt, settings.retryBase().multipliedBy(2));
        assertEquals(1, rows().get(1).attempts);
        assertEquals(0, sender.sendDue());
        for (OutboxMessage row : rows()) {
            assertEquals(Status.QUEUED, row.status);
            assertEquals(2, row.attempts);
            assertWithin(row.nextAttemptAt, settings.retryBase().multipliedBy(2));
        }

        smtp.start();
        assertEquals(0, sender.sendDue(), "the server is back, but the messages wait for their next attempt");
        makeDue();
        assertEquals(2, org.advocacyhub.testsupport.Mailbox.deliverAll(sender));
        assertTrue(smtp.waitForIncomingEmail(5_000, 2));
        makeDue();
        assertEquals(0, sender.sendDue());

        assertEquals(2, smtp.getReceivedMessages().length);
        assertEquals(Set.of("Message 1", "Message 2"), subjects());
        for (OutboxMessage row : rows()) {
            assertEquals(Status.SENT, row.status);
            assertTrue(row.attempts >= 3, "two failures, then the success: " + row.attempts);
            assertNotNull(row.sentAt);
        }
    }

    @Test
    void afterTheLastAttemptAMessageIsDeadAndNeverTriedAgain() throws Exception {
        queue(1);
        smtp.stop();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            makeDue();
            assertEquals(0, sender.sendDue());
            assertEquals(attempt, rows().get(0).attempts);
        }
        assertEquals(Status.DEAD, rows().get(0).status);

        smtp.start();
        makeDue();
        assertEquals(0, sender.sendDue());
        assertEquals(0, smtp.getReceivedMessages().length);
        OutboxMessage dead = rows().get(0);
        assertEquals(Status.DEAD, dead.status);
        assertEquals(settings.maxAttempts(), dead.attempts);
        assertNotNull(dead.lastError);
    }

    @Test
    void twoSendersAtOnceSendEveryMessageExactlyOnce() throws Exception {
        queue(20);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(threads.submit(() -> {
                    go.await();
                    return sender.sendDue();
                }));
            }
            go.countDown();
            // Whatever a stalled test SMTP conversation left behind goes out on the retry (see Mailbox).
            assertEquals(20, sent.get(0).get() + sent.get(1).get() + org.advocacyhub.testsupport.Mailbox.deliverAll(sender));
        } finally {
            threads.shutdownNow();
        }

        assertTrue(smtp.waitForIncomingEmail(5_000, 20));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(20, received.length);
        assertEquals(20, subjects().size(), "each message once, none twice");
        assertTrue(rows().stream().allMatch(row -> row.status == Status.SENT));
    }

    @Test
    void everyInstanceRunsTheSenderOnTheConfiguredInterval() {
        Trigger job = scheduler.getScheduledJob("outbox-sender");

        assertNotNull(job, "the outbox sender is scheduled");
        Duration untilNext = Duration.between(Instant.now(), job.getNextFireTime());
        assertTrue(untilNext.compareTo(settings.pollInterval()) <= 0, "next run in " + untilNext);
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        Duration base = Duration.ofSeconds(30);
        Duration cap = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), OutboxSender.backoff(base, cap, 1));
        assertEquals(Duration.ofSeconds(60), OutboxSender.backoff(base, cap, 2));
        assertEquals(Duration.ofSeconds(1920), OutboxSender.backoff(base, cap, 7));
        assertEquals(cap, OutboxSender.backoff(base, cap, 8));
        assertEquals(cap, OutboxSender.backoff(base, cap, 1_000));
    }

    /**
     * An instance killed after the SMTP server took a message but before its commit sends it again after
     * the restart (the row is still QUEUED): the second copy has the first one's Message-ID, so the
     * recipient's mail system can tell it is the same message (AppKilledFailureIT kills a real process).
     */
    @Test
    void aMessageSentAgainAfterACrashKeepsItsMessageId() throws Exception {
        queue(1);
        assertEquals(1, sender.sendDue());
        try (Connection c = TestDatabase.connect()) {
            // What the database holds when the process died before the commit.
            c.createStatement().executeUpdate("UPDATE outbox_message SET status = 'QUEUED', sent_at = NULL, attempts = 0");
        }
        assertEquals(1, sender.sendDue());
        MimeMessage[] copies = smtp.getReceivedMessages();
        assertEquals(2, copies.length);
        assertEquals(copies[0].getMessageID(), copies[1].getMessageID());
        assertTrue(copies[0].getMessageID().startsWith("<outbox." + rows().get(0).id + "."), copies[0].getMessageID());
        queue(1);
        assertEquals(1, sender.sendDue());
        assertFalse(smtp.getReceivedMessages()[2].getMessageID().equals(copies[0].getMessageID()), "each message its own id");
    }

    private void queue(int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= count; i++) {
                outbox.queue(Email.of("test", "reader" + i + "@example.org", "Message " + i, "Body " + i));
            }
        });
    }

    private static List<OutboxMessage> rows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("order by id"));
    }

    private Set<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    /** Stands in for the wait: every queued message becomes due now. */
    private static void makeDue() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            c.createStatement().executeUpdate(
                    "UPDATE outbox_message SET next_attempt_at = now() - interval '1 second' WHERE status = 'QUEUED'");
        }
    }

    private static void assertWithin(Instant nextAttempt, Duration expectedWait) {
        Duration wait = Duration.between(Instant.now(), nextAttempt);
        assertTrue(wait.compareTo(expectedWait.minusSeconds(5)) > 0 && wait.compareTo(expectedWait) <= 0,
                "next attempt in " + wait + ", expected about " + expectedWait);
    }
}
