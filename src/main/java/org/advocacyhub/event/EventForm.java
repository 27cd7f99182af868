package org.advocacyhub.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.advocacyhub.legislator.StateTimeZones;
import org.advocacyhub.legislator.ZipArea;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The host's event form exactly as typed, so that a form with mistakes comes back with every value
 * still there. {@link #validate(EventWords)} checks it all on the server and {@link #applyTo(Event)} copies it.
 */
public class EventForm {

    static final String[] FIELD_ORDER = {"title", "kind", "description", "startDate", "startTime", "endDate", "endTime",
        "timeZone", "online", "onlineUrl", "venueName", "street", "city", "state", "zip", "capacity", "maxGuests", "accessibility",
        "accessibilityNotes"};

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 5000;
    static final int NOTES_MAX = 1000;

    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
            "WY", "PR", "VI", "GU", "AS", "MP");

    @RestForm public String title = "";
    @RestForm public String kind = "";
    @RestForm @Typed.MultiLine public String description = "";
    @RestForm public String startDate = "";
    @RestForm public String startTime = "";
    @RestForm public String endDate = "";
    @RestForm public String endTime = "";
    @RestForm public String timeZone = "";
    @RestForm public String online = "";
    @RestForm public String onlineUrl = "";
    @RestForm public String venueName = "";
    @RestForm public String street = "";
    @RestForm public String city = "";
    @RestForm public String state = "";
    @RestForm public String zip = "";
    @RestForm public String capacity = "";
    @RestForm public String maxGuests = "2";
    @RestForm public String accessibility = "";
    @RestForm @Typed.MultiLine public String accessibilityNotes = "";
    /** Which button: "draft" saves a draft, "submit" sends it for approval, "save" saves an edit. */
    @RestForm public String action = "";

    // Filled in by validate(...):
    Instant startsAt;
    Instant endsAt;
    ZoneId zone;
    ZipArea area;
    Integer capacityValue;
    int maxGuestsValue = 2;

    public static EventForm from(Event e) {
        EventForm f = new EventForm();
        f.title = e.title;
        f.kind = e.kind.name();
        f.description = e.description;
        ZonedDateTime start = e.getStart();
        ZonedDateTime end = e.getEnd();
        f.startDate = start.toLocalDate().toString();
        f.startTime = start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        f.endDate = end.toLocalDate().toString();
        f.endTime = end.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        f.timeZone = e.timeZone;
        f.online = e.online ? "yes" : "";
        f.onlineUrl = nz(e.onlineUrl);
        f.venueName = nz(e.venueName);
        f.street = nz(e.street);
        f.city = nz(e.city);
        f.state = nz(e.state);
        f.zip = nz(e.zip);
        f.capacity = e.capacity == null ? "" : e.capacity.toString();
        f.maxGuests = String.valueOf(e.maxGuests);
        f.accessibility = e.accessibility.name();
        f.accessibilityNotes = nz(e.accessibilityNotes);
        return f;
    }

    public boolean isOnline() {
        return "yes".equals(online) || EventKind.ONLINE.name().equals(kind);
    }

    /** Checks everything on the server; the messages are in the words given (the reader's language). */
    public FormErrors validate(EventWords words) {
        EventMessages m = words.m();
        FormErrors errors = FormErrors.none();
        title = strip(title);
        description = strip(description);
        required(words, errors, "title", title, m.titleRequired(), m.lengthTitle(), TITLE_MAX);
        if (EventKind.parse(kind) == null) {
            errors.add("kind", m.kindRequired());
        }
        required(words, errors, "description", description, m.descriptionRequired(), m.lengthDescription(), DESCRIPTION_MAX);

        if (isOnline()) {
            onlineUrl = strip(onlineUrl);
            if (onlineUrl.isEmpty()) {
                errors.add("onlineUrl", m.onlineUrlRequired());
            } else if (onlineUrl.length() > 500 || !isWebLink(onlineUrl)) {
                errors.add("onlineUrl", m.onlineUrlInvalid());
            }
        }
        zip = strip(zip);
        if (!zip.isEmpty() || !isOnline()) {
            if (!zip.matches("\\d{5}")) {
                errors.add("zip", isOnline() ? m.zipOnlineInvalid() : m.zipPlaceInvalid());
            } else {
                area = ZipArea.lookup(zip).orElse(null);
                if (area == null) {
                    errors.add("zip", m.zipUnknownForEvent(zip));
                }
            }
        }
        if (!isOnline()) {
            optional(words, errors, "venueName", venueName, m.lengthVenue(), 120);
            required(words, errors, "street", strip(street), m.streetRequired(), m.lengthStreet(), 200);
            required(words, errors, "city", strip(city), m.cityRequired(), m.lengthCity(), 100);
        }
        state = strip(state).toUpperCase(Locale.ROOT);
        if (!state.isEmpty() && !STATES.contains(state)) {
            errors.add("state", m.stateInvalid());
        } else if (state.isEmpty() && area != null) {
            state = area.state;
        }

        zone = null;
        if (!strip(timeZone).isEmpty()) {
            if (!StateTimeZones.CHOICES.containsKey(timeZone)) {
                errors.add("timeZone", m.timeZoneInvalid());
            } else {
                zone = ZoneId.of(timeZone);
            }
        } else if (area != null) {
            zone = StateTimeZones.forState(area.state);
        } else if (!errors.has("zip")) {
            errors.add("timeZone", m.timeZoneRequired());
        }

        LocalDate sd = date(errors, "startDate", startDate, m.startDateRequired());
        LocalTime st = time(errors, "startTime", startTime, m.startTimeRequired());
        LocalDate ed = strip(endDate).isEmpty() ? sd : date(errors, "endDate", endDate, m.endDateInvalid());
        LocalTime et = time(errors, "endTime", endTime, m.endTimeRequired());
        if (zone != null && sd != null && st != null) {
            startsAt = ZonedDateTime.of(sd, st, zone).toInstant();
            if (!startsAt.isAfter(Instant.now())) {
                errors.add("startDate", m.startInFuture());
            }
            if (ed != null && et != null) {
                endsAt = ZonedDateTime.of(ed, et, zone).toInstant();
                if (!endsAt.isAfter(startsAt)) {
                    errors.add("endTime", m.endAfterStart());
                }
            }
        }

        capacity = strip(capacity);
        capacityValue = null;
        if (!capacity.isEmpty()) {
            try {
                capacityValue = Integer.valueOf(capacity);
                if (capacityValue < 1 || capacityValue > 100_000) {
                    errors.add("capacity", m.capacityRange());
                }
            } catch (NumberFormatException e) {
                errors.add("capacity", m.capacityNumber());
            }
        }
        maxGuests = strip(maxGuests);
        try {
            maxGuestsValue = maxGuests.isEmpty() ? 2 : Integer.parseInt(maxGuests);
            if (maxGuestsValue < 0 || maxGuestsValue > 10) {
                errors.add("maxGuests", m.maxGuestsRange());
            }
        } catch (NumberFormatException e) {
            errors.add("maxGuests", m.maxGuestsRange());
        }
        if (Accessibility.parse(accessibility) == null) {
            errors.add("accessibility", m.accessibilityRequired());
        }
        optional(words, errors, "accessibilityNotes", accessibilityNotes, m.lengthNotes(), NOTES_MAX);
        return errors.inFieldOrder(FIELD_ORDER);
    }

    /** Copies a validated form into the event. */
    public void applyTo(Event e) {
        e.title = title;
        e.kind = EventKind.parse(kind);
        e.description = description;
        e.startsAt = startsAt;
        e.endsAt = endsAt;
        e.timeZone = zone.getId();
        e.online = isOnline();
        e.onlineUrl = e.online ? onlineUrl : null;
        e.venueName = e.online ? null : blankToNull(venueName);
        e.street = e.online ? null : blankToNull(street);
        e.city = e.online ? null : blankToNull(city);
        e.state = blankToNull(state);
        e.zip = blankToNull(zip);
        e.latitude = area != null && area.hasPoint() ? area.latitude : null;
        e.longitude = area != null && area.hasPoint() ? area.longitude : null;
        e.capacity = capacityValue;
        e.maxGuests = maxGuestsValue;
        e.accessibility = Accessibility.parse(accessibility);
        e.accessibilityNotes = blankToNull(accessibilityNotes);
        e.updatedAt = Instant.now();
    }

    private static void required(EventWords words, FormErrors errors, String field, String value, String message, String label,
            int max) {
        if (value.isEmpty()) {
            errors.add(field, message);
        } else {
            optional(words, errors, field, value, label, max);
        }
    }

    private static void optional(EventWords words, FormErrors errors, String field, String value, String label, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, words.tooLong(label, max, value.strip().length()));
        }
    }

    private static LocalDate date(FormErrors errors, String field, String value, String message) {
        try {
            LocalDate date = LocalDate.parse(strip(value));
            if (Typed.isPlausible(date)) {
                return date;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        errors.add(field, message);
        return null;
    }

    private static LocalTime time(FormErrors errors, String field, String value, String message) {
        try {
            return LocalTime.parse(strip(value));
        } catch (DateTimeException e) {
            errors.add(field, message);
            return null;
        }
    }

    private static boolean isWebLink(String s) {
        try {
            URI u = URI.create(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
