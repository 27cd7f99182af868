package org.advocacyhub.event;

/** What kind of event it is, in the words the form and the search use. */
public enum EventKind {
    AWARENESS_WALK("Awareness walk"),
    INFO_SESSION("Information session"),
    LEGISLATOR_MEETING("Meeting with a legislator"),
    FUNDRAISER("Fundraiser"),
    ONLINE("Online event"),
    OTHER("Other");

    public final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public static EventKind parse(String value) {
        for (EventKind k : values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }
}
