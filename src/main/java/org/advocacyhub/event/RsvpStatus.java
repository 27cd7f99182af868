package org.advocacyhub.event;

public enum RsvpStatus {
    GOING("Going"), WAITLISTED("On the waiting list"), CANCELLED("Cancelled");

    public final String label;

    RsvpStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
