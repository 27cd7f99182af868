package org.advocacyhub.event;

/** Whether the place is accessible, as Mobilize asks it: the host says so, or says they are not sure. */
public enum Accessibility {
    ACCESSIBLE("Accessible", "This place is accessible"),
    NOT_ACCESSIBLE("Not accessible", "This place is not accessible"),
    UNSURE("Not sure", "The host is not sure whether this place is accessible");

    public final String label;
    public final String sentence;

    Accessibility(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    public String getLabel() {
        return label;
    }

    public String getSentence() {
        return sentence;
    }

    public static Accessibility parse(String value) {
        for (Accessibility a : values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        return null;
    }
}
