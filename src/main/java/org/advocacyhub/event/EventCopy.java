package org.advocacyhub.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A new event made from an existing one: "duplicate" and each occurrence of a series. Everything the
 * host wrote is copied (the host too, so a coordinator's copy stays the host's event); what belongs to
 * the old event's life (its id, address, review, dates) is not. EventCopyTest compares every mapped
 * field by reflection, so a field added to {@link Event} and forgotten here fails it.
 */
final class EventCopy {

    /** The fields a copy does not take over from its source, and why: the test reads this list. */
    static final Set<String> NOT_COPIED = Set.of(
            "id", "slug", // its own row and address
            "startsAt", "endsAt", // the new date
            "status", "reviewNote", "publishedAt", // a copy goes to review like any new event
            "createdAt", "updatedAt",
            "seriesId"); // set by the series that makes it, never taken from the source

    private EventCopy() {
    }

    /** A new, unsaved copy starting at {@code start}, as long as the source; PENDING unless the caller says otherwise. */
    static Event of(Event source, ZonedDateTime start) {
        Event e = new Event();
        e.title = source.title;
        e.description = source.description;
        e.kind = source.kind;
        e.timeZone = source.timeZone;
        e.online = source.online;
        e.onlineUrl = source.onlineUrl;
        e.venueName = source.venueName;
        e.street = source.street;
        e.city = source.city;
        e.state = source.state;
        e.zip = source.zip;
        e.latitude = source.latitude;
        e.longitude = source.longitude;
        e.capacity = source.capacity;
        e.maxGuests = source.maxGuests;
        e.accessibility = source.accessibility;
        e.accessibilityNotes = source.accessibilityNotes;
        e.hostSubject = source.hostSubject;
        e.hostName = source.hostName;
        e.hostEmail = source.hostEmail;
        e.hostLanguage = source.hostLanguage;
        e.startsAt = start.toInstant();
        e.endsAt = e.startsAt.plus(Duration.between(source.startsAt, source.endsAt));
        e.slug = HostPages.slug(source.title);
        e.status = EventStatus.PENDING;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        return e;
    }
}
