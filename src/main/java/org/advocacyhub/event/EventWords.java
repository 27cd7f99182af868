package org.advocacyhub.event;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.advocacyhub.legislator.StateTimeZones;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.Language;

/**
 * The events' words in one language: the {@link EventMessages} bundle together with the locale its dates
 * and numbers are written in. Java code (forms, e-mail subjects, CSV) makes one with {@link #of(Language)}
 * for the reader of this request or {@link #of(String)} for a stored language (a supporter's, a host's);
 * templates get the same texts as properties ({@code {event.when}}, {@code {event.kindLabel}},
 * {@code {l.distance}}) in the language of the page or e-mail being rendered, from {@link InTemplates}.
 */
public record EventWords(EventMessages m, Locale locale) {

    public static EventWords of(String languageTag) {
        String tag = Language.supportedOrDefault(languageTag);
        return new EventWords(Language.bundle(EventMessages.class, tag), Formats.locale(tag));
    }

    public static EventWords of(Language language) {
        return of(language.getTag());
    }

    /** From a template's "locale" attribute: a Locale, a tag, or nothing (English). */
    static EventWords ofTemplate(Object locale) {
        return of(Formats.locale(locale).getLanguage());
    }

    public String number(long n) {
        return Formats.number(n, locale);
    }

    // Enums

    public String kind(EventKind kind) {
        return switch (kind) {
            case AWARENESS_WALK -> m.kind_AWARENESS_WALK();
            case INFO_SESSION -> m.kind_INFO_SESSION();
            case LEGISLATOR_MEETING -> m.kind_LEGISLATOR_MEETING();
            case FUNDRAISER -> m.kind_FUNDRAISER();
            case ONLINE -> m.kind_ONLINE();
            case OTHER -> m.kind_OTHER();
        };
    }

    public String status(EventStatus status) {
        return switch (status) {
            case DRAFT -> m.status_DRAFT();
            case PENDING -> m.status_PENDING();
            case PUBLISHED -> m.status_PUBLISHED();
            case REJECTED -> m.status_REJECTED();
            case CANCELLED -> m.status_CANCELLED();
        };
    }

    public String status(RsvpStatus status) {
        return switch (status) {
            case GOING -> m.rsvp_GOING();
            case WAITLISTED -> m.rsvp_WAITLISTED();
            case CANCELLED -> m.rsvp_CANCELLED();
        };
    }

    public String access(Accessibility a) {
        return switch (a) {
            case ACCESSIBLE -> m.access_ACCESSIBLE();
            case NOT_ACCESSIBLE -> m.access_NOT_ACCESSIBLE();
            case UNSURE -> m.access_UNSURE();
        };
    }

    public String accessSentence(Accessibility a) {
        return switch (a) {
            case ACCESSIBLE -> m.accessSentence_ACCESSIBLE();
            case NOT_ACCESSIBLE -> m.accessSentence_NOT_ACCESSIBLE();
            case UNSURE -> m.accessSentence_UNSURE();
        };
    }

    /** "Eastern time" / "hora del este"; a zone we do not offer keeps its IANA name. */
    public String zoneName(String zoneId) {
        return switch (zoneId) {
            case "America/New_York" -> m.zone_eastern();
            case "America/Chicago" -> m.zone_central();
            case "America/Denver" -> m.zone_mountain();
            case "America/Phoenix" -> m.zone_arizona();
            case "America/Los_Angeles" -> m.zone_pacific();
            case "America/Anchorage" -> m.zone_alaska();
            case "Pacific/Honolulu" -> m.zone_hawaii();
            case "America/Puerto_Rico" -> m.zone_atlantic();
            case "Pacific/Guam" -> m.zone_chamorro();
            case "Pacific/Pago_Pago" -> m.zone_samoa();
            default -> StateTimeZones.label(zoneId);
        };
    }

    // An event's day, times and place

    /** "Saturday, March 13, 2027" / "sábado, 13 de marzo de 2027", in the event's zone. */
    public String day(Event e) {
        return Formats.date(e.getStart(), locale);
    }

    /** "10:00 AM to 12:30 PM Eastern time (EST)", or with the end's day when it runs past midnight. */
    public String times(Event e) {
        ZonedDateTime start = e.getStart();
        ZonedDateTime end = e.getEnd();
        String zone = zoneName(e.timeZone) + " (" + Formats.zone(start, locale) + ")";
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return m.timeRange(Formats.time(start, locale), Formats.time(end, locale), zone);
        }
        return m.timeRangeDays(Formats.time(start, locale), Formats.date(end, locale), Formats.time(end, locale), zone);
    }

    /** One line for lists: the day, then the times. */
    public String when(Event e) {
        return day(e) + ", " + times(e);
    }

    /** "Burlington Library, 235 College St, Burlington, VT 05401", or "Online". */
    public String place(Event e) {
        return e.online ? m.online() : e.address();
    }

    // A search result

    public String distance(EventSearch.Listing l) {
        if (l.distanceMiles() == null) {
            return null;
        }
        return l.distanceMiles() < 1 ? m.lessThanAMile() : m.milesAway(Formats.decimal(l.distanceMiles(), locale));
    }

    public String places(EventSearch.Listing l) {
        if (l.event().capacity == null) {
            return m.openToAll();
        }
        long left = Math.max(0, l.event().capacity - l.placesTaken());
        return left == 0 ? m.fullWaitlist() : left == 1 ? m.onePlaceLeft() : m.placesLeft(number(left));
    }

    /** "7 of 10 places left" on an event's page, given the places left. */
    public String placesLeftOf(Event e, long left) {
        return m.placesLeftOf(number(left), number(e.capacity == null ? 0 : e.capacity));
    }

    /** "3 places taken of 10." / "3 places taken." for the host. */
    public String placesTakenOf(Event e, long taken) {
        return e.capacity == null ? m.placesTakenSentence(taken) : m.placesTakenOf(taken, number(e.capacity));
    }

    // Validation

    /** "Title must be 120 characters or fewer; it has 10,000". */
    public String tooLong(String label, int max, int length) {
        return m.tooLong(label, number(max), number(length));
    }

    // The fixed lists the forms offer, as value → words

    public Map<String, String> eventKinds() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            choices.put(k.name(), kind(k));
        }
        return choices;
    }

    public Map<String, String> kindFilter() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", m.anyKind());
        choices.putAll(eventKinds());
        return choices;
    }

    public Map<String, String> accessibilityChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Accessibility a : Accessibility.values()) {
            choices.put(a.name(), access(a));
        }
        return choices;
    }

    public Map<String, String> timeZones() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", m.zoneOfZip());
        for (String zone : StateTimeZones.CHOICES.keySet()) {
            // "hora del este" sits mid-sentence in a time; as a choice of its own it starts with a capital.
            String name = zoneName(zone);
            choices.put(zone, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return choices;
    }

    public Map<String, String> radii() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int r : EventSearch.RADII) {
            choices.put(String.valueOf(r), m.radiusMiles(number(r)));
        }
        return choices;
    }

    /**
     * The same texts as template properties, in the language of the template being rendered (its
     * "locale" attribute, which every page and e-mail has): {@code {event.when}}, {@code {r.statusLabel}}.
     * Other features' templates that show events ("my activity", the coordinators' reports) get them too.
     */
    @TemplateExtension
    static final class InTemplates {

        static String day(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).day(e);
        }

        static String times(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).times(e);
        }

        static String when(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).when(e);
        }

        static String place(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).place(e);
        }

        static String kindLabel(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).kind(e.kind);
        }

        static String statusLabel(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).status(e.status);
        }

        static String accessLabel(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).access(e.accessibility);
        }

        static String accessSentence(Event e, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).accessSentence(e.accessibility);
        }

        static String placesLeftOf(Event e, long left, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).placesLeftOf(e, left);
        }

        static String placesTakenOf(Event e, long taken, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).placesTakenOf(e, taken);
        }

        static String statusLabel(Rsvp r, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).status(r.status);
        }

        static String distance(EventSearch.Listing l, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).distance(l);
        }

        static String places(EventSearch.Listing l, @TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).places(l);
        }
    }

    /** The forms' lists in the page's language: {@code options=eventChoices:kindFilter}. */
    @TemplateExtension(namespace = "eventChoices")
    static final class Choices {

        static Map<String, String> eventKinds(@TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).eventKinds();
        }

        static Map<String, String> kindFilter(@TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).kindFilter();
        }

        static Map<String, String> accessibilityChoices(@TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).accessibilityChoices();
        }

        static Map<String, String> timeZones(@TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).timeZones();
        }

        static Map<String, String> radii(@TemplateAttribute("locale") Object locale) {
            return ofTemplate(locale).radii();
        }
    }
}
