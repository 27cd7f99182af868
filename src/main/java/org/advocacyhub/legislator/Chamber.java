package org.advocacyhub.legislator;

/** The two houses of Congress; {@code label} is the English name the CSV uses, pages say {@code {legislators:chamber(c)}}. */
public enum Chamber {
    SENATE("Senate"),
    HOUSE("House of Representatives");

    public final String label;

    Chamber(String label) {
        this.label = label;
    }
}
