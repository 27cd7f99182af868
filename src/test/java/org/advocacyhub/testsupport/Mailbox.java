package org.advocacyhub.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.advocacyhub.mail.OutboxSender;

/**
 * Delivers everything queued, as the scheduled sender would given time: a message whose attempt
 * failed is made due again and retried, up to a few rounds.
 *
 * Why: now and then one SMTP conversation between the Vert.x mail client and the in-JVM GreenMail
 * stalls until the client gives up (seen about once per full run, never outside tests). The app
 * treats that as it treats any SMTP failure, it retries; tests that are about what arrives, not
 * about retries, use this instead of a single sendDue().
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** The messages GreenMail received for this address. */
    public static List<MimeMessage> to(GreenMail smtp, String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals)) {
                    found.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    public static int deliverAll(OutboxSender sender) {
        int sent = 0;
        for (int round = 0; round < 5; round++) {
            sent += sender.sendDue();
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE outbox_message SET next_attempt_at = now() WHERE status = 'QUEUED' AND attempts > 0");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_message WHERE status = 'QUEUED'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return sent;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent;
    }
}
