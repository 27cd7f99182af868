package org.advocacyhub.event;

/** The words are in {@link EventMessages} (rsvp_...). */
public enum RsvpStatus {
    GOING, WAITLISTED, CANCELLED
}
