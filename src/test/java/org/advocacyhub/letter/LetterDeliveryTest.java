package org.advocacyhub.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.advocacyhub.mail.OutboxMessage;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Letters through the outbox to a real SMTP server that goes down and comes back. */
@QuarkusTest
class LetterDeliveryTest {

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    @InjectMailServer
    GreenMail smtp;

    @Inject
    OutboxSender sender;

    @ConfigProperty(name = "advocacy.letters.delivery-address")
    String deliveryAddress;

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        // Letters keep their rows (the foreign key sets their message to null): only this test's mail counts.
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void smtpIsBackForTheNextTest() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    /** A supporter writes to their three legislators through the pages. */
    LetterCampaign threeLettersFrom(String email) {
        LetterCampaign c = LetterFixtures.open("Delivery letters " + email, Targets.BOTH);
        Forms.Page page = Forms.open("/letters/" + c.slug);
        var writer = LetterFixtures.writer(email, "05401");
        LetterWritingTest.Letters letters = LetterWritingTest.letters(
                LetterWritingTest.step(page, "/letters/" + c.slug + "/write", writer, null).asString());
        LetterWritingTest.step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(303);
        return c;
    }

    static List<OutboxMessage> messages(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("kind = ?1 order by id", kind));
    }

    static void makeDue() {
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMessage.update("nextAttemptAt = ?1 where status = ?2", java.time.Instant.now().minusSeconds(1),
                        OutboxMessage.Status.QUEUED));
    }

    @Test
    void threeLettersAreThreeMessagesToTheDeliveryInboxWithTheSupporterAsReplyToAndACopy() throws Exception {
        LetterCampaign c = threeLettersFrom("three@example.net");
        List<Letter> letters = LetterFixtures.letters(c);
        assertEquals(3, letters.size());
        List<OutboxMessage> queued = messages("letter");
        assertEquals(3, queued.size());
        assertEquals(letters.stream().map(l -> "letter:" + l.id).toList(), queued.stream().map(m -> m.dedupeKey).toList());
        assertTrue(letters.stream().allMatch(l -> l.status == LetterStatus.QUEUED && l.outboxMessageId != null));

        assertEquals(4, Mailbox.deliverAll(sender));
        assertTrue(smtp.waitForIncomingEmail(5_000, 4));
        List<MimeMessage> toOffices = Mailbox.to(smtp, deliveryAddress);
        assertEquals(3, toOffices.size());
        for (MimeMessage m : toOffices) {
            assertEquals("three@example.net", m.getReplyTo()[0].toString());
            String text = m.getContent().toString().replace("\r\n", "\n");
            assertTrue(text.contains("Dear Senator") || text.contains("Dear Representative Balint"), text);
            assertTrue(text.contains("\n\nAlex Moreau\n12 Pearl Street\nBurlington, VT 05401\nthree@example.net"), text);
        }
        assertEquals(Set.of("S000033", "W000800", "B001318"), toOffices.stream()
                .map(m -> header(m, "X-Advocacy-Legislator")).collect(Collectors.toSet()));
        List<MimeMessage> copy = Mailbox.to(smtp, "three@example.net");
        assertEquals(1, copy.size());
        assertTrue(copy.get(0).getContent().toString().contains("To: Senator Bernard Sanders (VT)"));

        for (Letter l : LetterFixtures.letters(c)) {
            assertEquals(LetterStatus.SENT, l.status);
            assertTrue(l.attempts >= 1, "attempts " + l.attempts);
            assertNotNull(l.sentAt);
        }
    }

    @Test
    void whileSmtpRefusesLettersStayQueuedWithGrowingAttemptsThenGoOutOnce() throws Exception {
        LetterCampaign c = threeLettersFrom("patient@example.net");
        smtp.stop();
        // A run that cannot reach the server stops after one message (OutboxSender), so one run per
        // queued message tries each once.
        long queued = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("status", OutboxMessage.Status.QUEUED));
        for (long i = 0; i < queued; i++) {
            assertEquals(0, sender.sendDue());
        }
        for (Letter l : LetterFixtures.letters(c)) {
            assertEquals(LetterStatus.QUEUED, l.status);
            assertEquals(1, l.attempts);
            assertNotNull(l.lastError);
        }
        makeDue();
        for (long i = 0; i < queued; i++) {
            assertEquals(0, sender.sendDue());
        }
        assertTrue(LetterFixtures.letters(c).stream().allMatch(l -> l.attempts == 2 && l.status == LetterStatus.QUEUED));

        smtp.start();
        makeDue();
        assertEquals(4, Mailbox.deliverAll(sender));
        assertTrue(smtp.waitForIncomingEmail(5_000, 4));
        makeDue();
        assertEquals(0, sender.sendDue());
        assertEquals(3, Mailbox.to(smtp, deliveryAddress).size());
        for (Letter l : LetterFixtures.letters(c)) {
            assertEquals(LetterStatus.SENT, l.status);
            assertTrue(l.attempts >= 3, "two failures, then the success: " + l.attempts);
            assertNull(l.lastError);
        }
    }

    @Test
    void twoSendersRacingSendEachLetterOnce() throws Exception {
        List<LetterCampaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            campaigns.add(threeLettersFrom("letter-racer" + i + "@example.net"));
        }
        // Every message queued goes out once: the letters (one per legislator of the ZIP), a copy for each
        // writer and, where a writer's news consent waits for them (privacy/Changes), its confirmation.
        // Counted, not assumed: the legislators a ZIP writes to follow the data loaded.
        long queued = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
        int letters = campaigns.stream().mapToInt(c -> LetterFixtures.letters(c).size()).sum();
        assertEquals(letters + campaigns.size(),
                QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("kind in ('letter', 'letter-copy')")),
                () -> "outbox: " + QuarkusTransaction.requiringNew().call(
                        () -> OutboxMessage.<OutboxMessage>listAll().stream().map(m -> m.kind + "/" + m.recipient).toList()));
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
            int first = sent.get(0).get() + sent.get(1).get();
            // A message the SMTP server dropped mid-race (GreenMail times out a stale pooled connection now
            // and then) is due again later; what must never happen is a letter going out twice.
            makeDue();
            int sentInAll = first + Mailbox.deliverAll(sender);
            assertEquals(queued, sentInAll, () -> "outbox: " + QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>listAll()
                    .stream().map(m -> m.kind + "/" + m.status + "/" + m.attempts + "/" + m.recipient).toList()));
        } finally {
            threads.shutdownNow();
        }
        assertTrue(smtp.waitForIncomingEmail(5_000, (int) queued));
        List<MimeMessage> toOffices = Mailbox.to(smtp, deliveryAddress);
        assertEquals(letters, toOffices.size());
        assertEquals(letters, toOffices.stream().map(m -> header(m, "X-Advocacy-Letter")).distinct().count());
        for (LetterCampaign c : campaigns) {
            assertTrue(LetterFixtures.letters(c).stream().allMatch(l -> l.status == LetterStatus.SENT));
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
