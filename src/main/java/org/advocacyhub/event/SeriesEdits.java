package org.advocacyhub.event;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * "This date and all later ones": what a host changed on one occurrence, carried to the later ones of
 * its series. Only the fields the host changed are carried, so a later date's own difference (another
 * room one week) stays unless the host changed that very field. A change of time moves each later date
 * by the same number of days, to the new time of day, in its own zone.
 */
final class SeriesEdits {

    private SeriesEdits() {
    }

    /** The later occurrences a host may still change: not cancelled, not over. */
    static List<Event> laterThan(Event event) {
        return Event.<Event>list("seriesId = ?1 and startsAt > ?2 and id <> ?3 order by startsAt, id", event.seriesId,
                event.startsAt, event.id).stream().filter(Event::isEditable).toList();
    }

    /**
     * {@code target} (a detached copy of a later occurrence as its form shows it) with every field that
     * differs between {@code shown} (the occurrence as the host saw it) and {@code wanted} (as they saved it).
     */
    static Event carry(Event shown, Event wanted, Event target) {
        if (!same(shown.title, wanted.title)) {
            target.title = wanted.title;
        }
        if (!same(shown.description, wanted.description)) {
            target.description = wanted.description;
        }
        if (shown.kind != wanted.kind) {
            target.kind = wanted.kind;
        }
        if (!Objects.equals(shown.startsAt, wanted.startsAt) || !Objects.equals(shown.endsAt, wanted.endsAt)
                || !Objects.equals(shown.timeZone, wanted.timeZone)) {
            ZonedDateTime was = shown.getStart();
            ZonedDateTime now = wanted.getStart();
            long days = ChronoUnit.DAYS.between(was.toLocalDate(), now.toLocalDate());
            ZonedDateTime start = ZonedDateTime.of(target.getStart().toLocalDate().plusDays(days), now.toLocalTime(), now.getZone());
            target.timeZone = wanted.timeZone;
            target.startsAt = start.toInstant();
            target.endsAt = target.startsAt.plus(Duration.between(wanted.startsAt, wanted.endsAt));
        }
        if (shown.online != wanted.online || !same(shown.onlineUrl, wanted.onlineUrl)
                || !same(shown.venueName, wanted.venueName) || !same(shown.street, wanted.street)
                || !same(shown.city, wanted.city) || !same(shown.state, wanted.state)
                || !same(shown.zip, wanted.zip)) {
            target.online = wanted.online;
            target.onlineUrl = wanted.onlineUrl;
            target.venueName = wanted.venueName;
            target.street = wanted.street;
            target.city = wanted.city;
            target.state = wanted.state;
            target.zip = wanted.zip;
            target.latitude = wanted.latitude;
            target.longitude = wanted.longitude;
        }
        if (!Objects.equals(shown.capacity, wanted.capacity)) {
            target.capacity = wanted.capacity;
        }
        if (shown.maxGuests != wanted.maxGuests) {
            target.maxGuests = wanted.maxGuests;
        }
        if (shown.accessibility != wanted.accessibility) {
            target.accessibility = wanted.accessibility;
        }
        if (!same(shown.accessibilityNotes, wanted.accessibilityNotes)) {
            target.accessibilityNotes = wanted.accessibilityNotes;
        }
        return target;
    }

    /** Equal as a reader sees them: a browser sends CRLF where the stored text has LF, and none is none. */
    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }
}
