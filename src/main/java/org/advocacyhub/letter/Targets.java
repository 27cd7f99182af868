package org.advocacyhub.letter;

import org.advocacyhub.legislator.Chamber;

/** Whom a campaign writes to. */
public enum Targets {
    BOTH("Both senators and the representative"),
    SENATE("The two senators"),
    HOUSE("The representative");

    public final String label;

    Targets(String label) {
        this.label = label;
    }

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
