package org.advocacyhub.dashboard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.Language;

/**
 * The dashboards' words and formats for one reader: the bundle in their language ({@link #m}), the
 * English one that CSV exports keep ({@link #en}), and their Locale for numbers and dates.
 */
public record Words(DashboardMessages m, DashboardMessages en, Locale locale) {

    /** For CSV exports, whose figures stay in English whatever the reader's language. */
    public static Words english() {
        return of(Locale.US);
    }

    public static Words of(Locale locale) {
        return new Words(Language.bundle(DashboardMessages.class, locale.getLanguage()), Language.bundle(DashboardMessages.class, "en"), locale);
    }

    /** A heading or a status: as the page shows it, and in English for the CSV. */
    public Table.Word word(Function<DashboardMessages, String> message) {
        return new Table.Word(message.apply(en), message.apply(m));
    }

    public String number(long n) {
        return Formats.number(n, locale);
    }

    public String percent(long n) {
        return m.percent(number(n));
    }

    public String day(LocalDate day) {
        return Period.day(day, locale);
    }
}
