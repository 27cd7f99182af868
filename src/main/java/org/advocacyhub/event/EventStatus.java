package org.advocacyhub.event;

/**
 * DRAFT → PENDING → PUBLISHED | REJECTED; a host or coordinator can cancel any time. The words are in
 * {@link EventMessages} (status_...).
 */
public enum EventStatus {
    DRAFT, PENDING, PUBLISHED, REJECTED, CANCELLED
}
