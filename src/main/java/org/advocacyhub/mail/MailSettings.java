package org.advocacyhub.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox's settings, {@code advocacy.mail.*}; docs/operations.md explains each. */
@ConfigMapping(prefix = "advocacy.mail")
public interface MailSettings {

    /** How often each instance looks for due messages. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Wait after start-up before the first run (read by the schedule of OutboxSender). */
    @WithDefault("5s")
    Duration firstDelay();

    /** Wait after the first failed attempt; it doubles with every further failure. */
    @WithDefault("30s")
    Duration retryBase();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration retryMax();

    /** After this many failed attempts a message is DEAD and never tried again. */
    @WithDefault("8")
    int maxAttempts();

    /** At most this many messages per run; the next run carries on. */
    @WithDefault("100")
    int batchSize();

    Sender sender();

    interface Sender {
        /** Off: this instance's schedule sends nothing (OutboxSender.sendDue() still works). */
        @WithDefault("true")
        boolean enabled();
    }
}
