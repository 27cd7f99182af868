package org.advocacyhub.legislator;

/** The two houses of Congress, in the words a supporter reads on a card. */
public enum Chamber {
    SENATE("Senate"),
    HOUSE("House of Representatives");

    public final String label;

    Chamber(String label) {
        this.label = label;
    }
}
