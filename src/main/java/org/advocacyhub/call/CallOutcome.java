package org.advocacyhub.call;

/** What happened when a supporter called; pages say it with {@code {calls:outcome(o)}}, the CSV with {@code label}. */
public enum CallOutcome {
    SPOKE_TO_STAFF("Spoke to staff"),
    LEFT_VOICEMAIL("Left a voicemail"),
    NO_ANSWER("Could not get through");

    public final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public static CallOutcome parse(String s) {
        for (CallOutcome o : values()) {
            if (o.name().equals(s)) {
                return o;
            }
        }
        return null;
    }
}
