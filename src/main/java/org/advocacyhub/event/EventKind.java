package org.advocacyhub.event;

/** What kind of event it is; the words the form and the search use are in {@link EventMessages} (kind_...). */
public enum EventKind {
    AWARENESS_WALK, INFO_SESSION, LEGISLATOR_MEETING, FUNDRAISER, ONLINE, OTHER;

    public static EventKind parse(String value) {
        for (EventKind k : values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }
}
