package org.advocacyhub.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.advocacyhub.mail.OutboxMessage.Status;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queued mail reaches a real SMTP server (GreenMail) with every part it was given. */
@QuarkusTest
class OutboxTest {

    @InjectMailServer
    GreenMail smtp;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void queuedMailArrivesWithItsRecipientSubjectReplyToPartsAndAttachment() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Awareness walk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(Email.of("test-plain", "ann@example.org", "Plain only", "Just text."));
            outbox.queue(Email.of("test-html", "bo@example.org", "Text and HTML", "Text part.")
                    .withHtml("<p>HTML part.</p>")
                    .withReplyTo("host@example.org")
                    .withHeader("List-Id", "<walks.advocacyhub.localhost>"));
            outbox.queue(Email.of("test-ics", "cy@example.org", "You are coming", "See you there.")
                    .withAttachment("walk.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics));
        });

        assertEquals(3, org.advocacyhub.testsupport.Mailbox.deliverAll(sender));

        assertTrue(smtp.waitForIncomingEmail(5_000, 3));
        MimeMessage plain = receivedBy("ann@example.org");
        assertEquals("Plain only", plain.getSubject());
        assertEquals("Just text.", MailParts.text(plain).strip());
        assertNull(MailParts.html(plain));
        assertNull(plain.getHeader("Reply-To"));

        MimeMessage html = receivedBy("bo@example.org");
        assertEquals("Text and HTML", html.getSubject());
        assertEquals("host@example.org", html.getReplyTo()[0].toString());
        assertEquals("Text part.", MailParts.text(html).strip());
        assertEquals("<p>HTML part.</p>", MailParts.html(html).strip());
        assertEquals("<walks.advocacyhub.localhost>", html.getHeader("List-Id")[0]);

        MimeMessage withIcs = receivedBy("cy@example.org");
        assertEquals("You are coming", withIcs.getSubject());
        assertEquals("See you there.", MailParts.text(withIcs).strip());
        MailParts.Attachment attachment = MailParts.attachment(withIcs);
        assertNotNull(attachment, "the .ics attachment");
        assertEquals("walk.ics", attachment.name());
        assertTrue(attachment.contentType().startsWith("text/calendar"), attachment.contentType());
        assertEquals(ics, attachment.body());

        List<OutboxMessage> rows = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>listAll());
        assertEquals(3, rows.size());
        rows.forEach(row -> {
            assertEquals(Status.SENT, row.status, row.kind);
            assertNotNull(row.sentAt, row.kind);
            assertEquals(1, row.attempts, row.kind);
        });
    }

    @Test
    void aDedupeKeyQueuesOnceAndLeavesTheCallersTransactionWhole() throws Exception {
        boolean[] queued = new boolean[3];
        QuarkusTransaction.requiringNew().run(() -> {
            queued[0] = outbox.queue(reminder("rsvp-reminder:42")).isPresent();
            queued[1] = outbox.queue(reminder("rsvp-reminder:42")).isPresent();
            // Had the repeat broken the transaction, this and the commit would fail.
            queued[2] = outbox.queue(reminder("rsvp-reminder:43")).isPresent();
        });
        boolean again = QuarkusTransaction.requiringNew().call(() -> outbox.queue(reminder("rsvp-reminder:42")).isPresent());

        assertTrue(queued[0]);
        assertEquals(false, queued[1]);
        assertTrue(queued[2]);
        assertEquals(false, again);
        assertEquals(1, countRows("dedupe_key = 'rsvp-reminder:42'"));
        assertEquals(2, countRows("true"));
        assertEquals(2, org.advocacyhub.testsupport.Mailbox.deliverAll(sender));
        assertTrue(smtp.waitForIncomingEmail(5_000, 2));
        assertEquals(2, smtp.getReceivedMessages().length);
    }

    @Test
    void mailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        // The feature fails after queueing its mail: the mail must go with the rest of its work.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(Email.of("test-rollback", "dee@example.org", "Never", "Never sent."));
            throw new IllegalStateException("the feature's own work failed");
        }));

        assertEquals(0, countRows("true"));
        assertEquals(0, sender.sendDue());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    private static Email reminder(String dedupeKey) {
        return Email.of("rsvp-reminder", "eve@example.org", "Tomorrow: " + dedupeKey, "See you tomorrow.")
                .withDedupeKey(dedupeKey);
    }

    private MimeMessage receivedBy(String address) throws Exception {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
        assertEquals(1, found.size(), "messages to " + address);
        return found.get(0);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static long countRows(String where) throws Exception {
        try (Connection c = TestDatabase.connect();
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox_message WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
