package org.advocacyhub.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between two versions of an event, field by field, in one reader's words: the
 * coordinators' side-by-side review and the attendees' "what changed" e-mail are both made from this.
 */
public final class EventChanges {

    /**
     * One changed field. {@code logistics} marks the time, the place and the link: what makes people who
     * are coming turn up at the wrong time or place, so they hear about it.
     */
    public record Change(String field, String label, String before, String after, boolean logistics) {
    }

    private EventChanges() {
    }

    /** Every public field that differs, in the order the event's form asks them. */
    public static List<Change> between(Event before, Event after, EventWords words) {
        EventMessages m = words.m();
        List<Change> changes = new ArrayList<>();
        if (!sameText(before.title, after.title)) {
            changes.add(new Change("title", m.titleLabel(), before.title, after.title, false));
        }
        if (before.kind != after.kind) {
            changes.add(new Change("kind", m.kindLabel(), words.kind(before.kind), words.kind(after.kind), false));
        }
        if (!sameText(before.description, after.description)) {
            changes.add(new Change("description", m.descriptionLabel(), before.description, after.description, false));
        }
        if (!sameTime(before, after)) {
            changes.add(new Change("when", m.factWhen(), words.when(before), words.when(after), true));
        }
        if (!samePlace(before, after)) {
            changes.add(new Change("where", m.factWhere(), words.place(before), words.place(after), true));
        }
        if (!sameText(before.onlineUrl, after.onlineUrl)) {
            changes.add(new Change("onlineUrl", m.onlineUrlLabel(), orNone(before.onlineUrl, words), orNone(after.onlineUrl, words), true));
        }
        if (before.accessibility != after.accessibility) {
            changes.add(new Change("accessibility", m.accessibilityLegend(), words.access(before.accessibility),
                    words.access(after.accessibility), false));
        }
        if (!sameText(before.accessibilityNotes, after.accessibilityNotes)) {
            changes.add(new Change("accessibilityNotes", m.notesLabel(), orNone(before.accessibilityNotes, words),
                    orNone(after.accessibilityNotes, words), false));
        }
        return changes;
    }

    /** Only the time, place and link changes: what attendees are told. */
    public static List<Change> logistics(Event before, Event after, EventWords words) {
        return between(before, after, words).stream().filter(Change::logistics).toList();
    }

    public static boolean logisticsChanged(Event before, Event after) {
        return !sameTime(before, after) || !samePlace(before, after) || !sameText(before.onlineUrl, after.onlineUrl);
    }

    private static boolean sameTime(Event a, Event b) {
        return Objects.equals(a.startsAt, b.startsAt) && Objects.equals(a.endsAt, b.endsAt) && Objects.equals(a.timeZone, b.timeZone);
    }

    private static boolean samePlace(Event a, Event b) {
        return a.online == b.online && sameText(a.venueName, b.venueName) && sameText(a.street, b.street)
                && sameText(a.city, b.city) && sameText(a.state, b.state) && sameText(a.zip, b.zip);
    }

    /** Equal as a reader sees them: a browser sends CRLF where the stored text may have LF, and none is none. */
    private static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }

    private static String orNone(String s, EventWords words) {
        return s == null || s.isBlank() ? review(words).changeNone() : s;
    }

    /** The review's own words in the same language as these event words. */
    static EventReviewMessages review(EventWords words) {
        return org.advocacyhub.web.Language.bundle(EventReviewMessages.class, words.locale().getLanguage());
    }
}
