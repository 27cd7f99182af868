package org.advocacyhub.letter;

/**
 * DRAFT (only coordinators see it) → OPEN (anyone can write) → CLOSED (the results stay). Pages say
 * it with {@code {letters:campaignStatus(s)}}.
 */
public enum CampaignStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public static CampaignStatus parse(String s) {
        for (CampaignStatus c : values()) {
            if (c.name().equals(s)) {
                return c;
            }
        }
        return null;
    }
}
