package org.advocacyhub.letter;

/**
 * How a letter reaches its office (V25_1). {@code label} is the English the CSV uses; pages say
 * {@code {letters:route(r)}}. {@link #done} is the status the route ends in when all went well.
 */
public enum DeliveryRoute {
    EMAIL_OFFICE("E-mailed to the office", LetterStatus.SENT),
    DELIVERY_INBOX("Handed to the delivery inbox", LetterStatus.SENT),
    CONTACT_FORM("Through the office's contact form, by the supporter", LetterStatus.SENT_BY_SUPPORTER),
    PRINT("Printed for hand delivery", LetterStatus.PRINTED);

    public final String label;
    public final LetterStatus done;

    DeliveryRoute(String label, LetterStatus done) {
        this.label = label;
        this.done = done;
    }

    /** The supporter's choice on the review page: we send it, they use the contact form, or it is printed. */
    public enum Choice {
        SEND, CONTACT_FORM, PRINT;

        public static Choice parse(String s) {
            for (Choice c : values()) {
                if (c.name().equals(s)) {
                    return c;
                }
            }
            return SEND;
        }
    }
}
