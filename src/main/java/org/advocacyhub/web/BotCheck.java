package org.advocacyhub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The checks every public form without an account makes against scripts, without third parties:
 * a honeypot field hidden from people, and a signed "form shown at" time, so a submit faster than a
 * person can read and type is asked to press again. Each form signs its time with its own purpose, so
 * one form's token does not pass another's.
 */
@ApplicationScoped
public class BotCheck {

    @Inject
    SignedTokens tokens;

    public enum Verdict { NOT_A_PERSON, TOO_FAST }

    /** The value of the form's hidden "started" field: the time, signed for {@code purpose}. */
    public String startedToken(String purpose, Instant now) {
        long seconds = now.getEpochSecond();
        return seconds + "." + tokens.sign(purpose, seconds);
    }

    /**
     * The "started" value for a form shown again (with an error to fix): the one it was sent with, when
     * that is ours and not in the future, so that whoever fixes a field quickly is not told they were too
     * fast; else a new one ({@link #startedToken}).
     */
    public String keepOrRenew(String purpose, String started, Instant now) {
        String[] parts = started == null ? new String[0] : started.split("\\.", 2);
        if (parts.length == 2) {
            try {
                long seconds = Long.parseLong(parts[0]);
                if (seconds <= now.getEpochSecond() && tokens.verify(purpose, seconds, parts[1])) {
                    return started;
                }
            } catch (NumberFormatException e) {
                // not ours: a new one below
            }
        }
        return startedToken(purpose, now);
    }

    /** Null when the submit looks like a person's. */
    public Verdict check(String purpose, String honeypot, String started, Duration minFillTime, Instant now) {
        if (honeypot != null && !honeypot.isBlank()) {
            return Verdict.NOT_A_PERSON;
        }
        String[] parts = started == null ? new String[0] : started.split("\\.", 2);
        try {
            long seconds = Long.parseLong(parts[0]);
            if (parts.length != 2 || !tokens.verify(purpose, seconds, parts[1])) {
                return Verdict.NOT_A_PERSON;
            }
            if (now.getEpochSecond() - seconds < minFillTime.toSeconds()) {
                return Verdict.TOO_FAST;
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Verdict.NOT_A_PERSON;
        }
        return null;
    }
}
