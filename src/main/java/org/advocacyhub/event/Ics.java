package org.advocacyhub.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The event as an iCalendar file (RFC 5545), for "add to calendar" and the confirmation e-mail. */
public final class Ics {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {
    }

    /**
     * The public file: what the event page shows to everyone, so an online event's link to join is left
     * out (the page shows it only to people who answered).
     */
    public static String of(Event e, String url, String host) {
        return of(e, url, host, false);
    }

    /** With the link to join an online event: only for a person going, through their own signed link or e-mail. */
    public static String withOnlineLink(Event e, String url, String host) {
        return of(e, url, host, true);
    }

    private static String of(Event e, String url, String host, boolean onlineLink) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Advocacy Hub//Events//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:event-" + e.id + "@" + host);
        line(out, "DTSTAMP:" + UTC.format(Instant.now()));
        line(out, "DTSTART:" + UTC.format(e.startsAt));
        line(out, "DTEND:" + UTC.format(e.endsAt));
        line(out, "SUMMARY:" + text(e.title));
        boolean withLink = onlineLink && e.online && e.onlineUrl != null && !e.onlineUrl.isBlank();
        line(out, "DESCRIPTION:" + text(e.description + "\n\n" + (withLink ? e.onlineUrl + "\n\n" : "") + url));
        if (!e.online) {
            line(out, "LOCATION:" + text(e.address()));
        } else if (withLink) {
            line(out, "LOCATION:" + text(e.onlineUrl));
        }
        line(out, "URL:" + url);
        line(out, "STATUS:" + (e.isCancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds lines longer than 75 octets, never inside a UTF-8 character, and ends them with CRLF. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
