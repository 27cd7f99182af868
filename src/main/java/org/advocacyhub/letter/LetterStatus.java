package org.advocacyhub.letter;

/**
 * Where a letter is. On the e-mail routes it follows its outbox message (QUEUED, SENT, and DEAD as
 * FAILED): SENT only once our mail server handed it on. The other routes never say SENT: a letter for
 * the office's contact form is WITH_SUPPORTER until they say they sent it (SENT_BY_SUPPORTER), and
 * one for hand delivery is TO_PRINT until a coordinator prints it (PRINTED). {@code label} is the
 * English the CSV uses; pages say {@code {letters:letterStatus(s)}}.
 */
public enum LetterStatus {
    QUEUED("Waiting to go out"),
    SENT("Sent"),
    FAILED("Could not be sent"),
    WITH_SUPPORTER("Waiting for the supporter to send it"),
    SENT_BY_SUPPORTER("Sent by the supporter"),
    TO_PRINT("Waiting to be printed"),
    PRINTED("Printed for hand delivery");

    public final String label;

    LetterStatus(String label) {
        this.label = label;
    }
}
