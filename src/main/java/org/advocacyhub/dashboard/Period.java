package org.advocacyhub.dashboard;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.advocacyhub.web.Formats;

/**
 * A range of whole days, both ends included, in US Eastern time (where the organisation works), and
 * the period of the same length just before it, for "compared with the previous period".
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** From the query string; anything missing or wrong falls back to the last 30 days. */
    public static Period parse(String from, String to) {
        LocalDate today = LocalDate.now(ZONE);
        try {
            LocalDate f = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            LocalDate t = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
            if (t == null) {
                t = today;
            }
            if (f == null) {
                f = t.minusDays(29);
            }
            if (f.isAfter(t) || ChronoUnit.DAYS.between(f, t) > 3660
                    || !org.advocacyhub.web.Typed.isPlausible(f) || !org.advocacyhub.web.Typed.isPlausible(t)) {
                return lastDays(30);
            }
            return new Period(f, t);
        } catch (DateTimeException e) {
            return lastDays(30);
        }
    }

    public static Period lastDays(int days) {
        LocalDate today = LocalDate.now(ZONE);
        return new Period(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The instant just after the last day ends. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * A day as the dashboards write it, day first in both languages: "1 Mar 2021", "1 mar 2021" (which is
     * also how web.Formats writes a short Spanish date; the English stays as the dashboards always read).
     */
    public static String day(LocalDate day, Locale locale) {
        return DAY.computeIfAbsent(Formats.locale(locale), l -> DateTimeFormatter.ofPattern("d MMM yyyy", l)).format(day);
    }

    /** One formatter per language: a year-long overview writes a day over a thousand times; the pattern is parsed once. */
    private static final java.util.Map<Locale, DateTimeFormatter> DAY = new java.util.concurrent.ConcurrentHashMap<>();

    public String getFromValue() {
        return from.toString();
    }

    public String getToValue() {
        return to.toString();
    }

    public String query() {
        return "from=" + from + "&to=" + to;
    }
}
