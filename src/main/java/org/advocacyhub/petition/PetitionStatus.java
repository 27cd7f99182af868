package org.advocacyhub.petition;

/** Pages say it with {@code {petitions:status(s)}}. */
public enum PetitionStatus {
    DRAFT, OPEN, CLOSED
}
