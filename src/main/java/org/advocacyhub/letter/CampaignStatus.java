package org.advocacyhub.letter;

/** DRAFT (only coordinators see it) → OPEN (anyone can write) → CLOSED (the results stay). */
public enum CampaignStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    CLOSED("Closed");

    public final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public static CampaignStatus parse(String s) {
        for (CampaignStatus c : values()) {
            if (c.name().equals(s)) {
                return c;
            }
        }
        return null;
    }
}
