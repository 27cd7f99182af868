package org.advocacyhub.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and numbers the way the reader's language writes them: "Wednesday, November 25, 2026" and
 * "5:30 PM" in English, "miércoles, 25 de noviembre de 2026" and "5:30 p.m." in Spanish as written in
 * the United States (es-US), which keeps "1,250" and "5.1". Templates write
 * {@code {fmt:date(event.start)}}, {@code {fmt:time(event.start)}} or {@code {fmt:number(count)}} and get
 * the page's language; Java code (e-mails, CSV, charts) calls the static methods with a Locale.
 */
public final class Formats {

    private Formats() {
    }

    /** Spanish, or US English for anything else. */
    public static Locale locale(Object localeOrTag) {
        String tag = localeOrTag instanceof Locale l ? l.getLanguage() : localeOrTag == null ? "" : localeOrTag.toString();
        return tag.startsWith("es") ? Locale.forLanguageTag("es-US") : Locale.US;
    }

    /** The full date: "Wednesday, November 25, 2026". */
    public static String date(TemporalAccessor day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale(locale)).format(day);
    }

    /** A short date for tables: "Nov 25, 2026" / "25 nov 2026". */
    public static String shortDate(TemporalAccessor day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale)).format(day);
    }

    /** The time of day: "5:30 PM" / "17:30". */
    public static String time(TemporalAccessor time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale(locale)).format(time);
    }

    /** The time zone's short name as the reader says it: "EST". */
    public static String zone(ZonedDateTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern("zzz", locale(locale)).format(time);
    }

    /** A whole number with the language's grouping: "1,250". */
    public static String number(long n, Locale locale) {
        if (n >= 0 && n < 1000) {
            return Long.toString(n); // no grouping to add, in either language
        }
        Locale l = locale(locale);
        // NumberFormat is not safe to share between threads, and a year-long dashboard writes thousands
        // of numbers: one per thread and language rather than one per number.
        return INTEGER.get().computeIfAbsent(l, NumberFormat::getIntegerInstance).format(n);
    }

    private static final ThreadLocal<java.util.Map<Locale, NumberFormat>> INTEGER = ThreadLocal.withInitial(java.util.HashMap::new);

    /** A number with one decimal: "5.1" / "5,1". */
    public static String decimal(double n, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(n);
    }

    /** The template side: {@code {fmt:date(x)}} and friends, in the language of the page being rendered. */
    @TemplateExtension(namespace = "fmt")
    static final class InTemplates {

        static String date(TemporalAccessor day, @TemplateAttribute("locale") Object locale) {
            return Formats.date(day, locale(locale));
        }

        static String shortDate(TemporalAccessor day, @TemplateAttribute("locale") Object locale) {
            return Formats.shortDate(day, locale(locale));
        }

        static String time(TemporalAccessor time, @TemplateAttribute("locale") Object locale) {
            return Formats.time(time, locale(locale));
        }

        static String zone(ZonedDateTime time, @TemplateAttribute("locale") Object locale) {
            return Formats.zone(time, locale(locale));
        }

        static String number(Number n, @TemplateAttribute("locale") Object locale) {
            return n == null ? "" : Formats.number(n.longValue(), locale(locale));
        }

        static String decimal(Number n, @TemplateAttribute("locale") Object locale) {
            return n == null ? "" : Formats.decimal(n.doubleValue(), locale(locale));
        }
    }
}
