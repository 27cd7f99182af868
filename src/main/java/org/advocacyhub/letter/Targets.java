package org.advocacyhub.letter;

import org.advocacyhub.legislator.Chamber;

/** Whom a campaign writes to; pages say it with {@code {letters:targets(t)}} or {@code {letters:writesTo(t)}}. */
public enum Targets {
    BOTH,
    SENATE,
    HOUSE;

    public boolean includes(Chamber chamber) {
        return this == BOTH || name().equals(chamber.name());
    }

    public static Targets parse(String s) {
        for (Targets t : values()) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
