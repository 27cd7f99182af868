package org.advocacyhub.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
