package org.advocacyhub.letter;

/**
 * Where a letter is: it follows its outbox message (QUEUED, SENT, and DEAD as FAILED). {@code label} is the
 * English the CSV uses; pages say {@code {letters:letterStatus(s)}}.
 */
public enum LetterStatus {
    QUEUED("Waiting to go out"),
    SENT("Sent"),
    FAILED("Could not be sent");

    public final String label;

    LetterStatus(String label) {
        this.label = label;
    }
}
