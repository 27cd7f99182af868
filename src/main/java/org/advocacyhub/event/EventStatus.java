package org.advocacyhub.event;

/** DRAFT → PENDING → PUBLISHED | REJECTED; a host or coordinator can cancel any time. */
public enum EventStatus {
    DRAFT("Draft"), PENDING("Waiting for approval"), PUBLISHED("Published"), REJECTED("Not approved"), CANCELLED("Cancelled");

    public final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
