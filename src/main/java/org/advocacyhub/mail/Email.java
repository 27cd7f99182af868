package org.advocacyhub.mail;

import io.quarkus.qute.TemplateInstance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail a feature wants sent, before it is queued. Start with {@link #of} and add the optional
 * parts with the {@code with...} methods; every optional part is {@code null} when absent.
 *
 * <pre>{@code
 * outbox.queue(Email.of("rsvp-confirmation", supporter.email, "You are coming to " + event.title,
 *                 Templates.rsvpText(event), Templates.rsvpHtml(event))
 *         .withDedupeKey("rsvp-confirmation:" + rsvp.id)
 *         .withAttachment("event.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics));
 * }</pre>
 *
 * @param kind what the message is for ("rsvp-confirmation"), for logs and queries, never shown
 * @param dedupeKey names the message so that queueing it again does nothing (one reminder per RSVP)
 * @param headers extra headers such as List-Unsubscribe, in the order given
 */
public record Email(String kind, String to, String subject, String text, String html, String replyTo,
        String dedupeKey, Attachment attachment, Map<String, String> headers) {

    /** A text file sent along, such as an event's .ics calendar entry. */
    public record Attachment(String name, String contentType, String body) {
        public Attachment {
            requireLine(name, "attachment name");
            requireLine(contentType, "attachment content type");
            Objects.requireNonNull(body, "attachment body");
        }
    }

    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");

    public Email {
        requireLine(kind, "kind");
        requireLine(to, "to");
        requireLine(subject, "subject");
        Objects.requireNonNull(text, "text: every message has a plain-text part");
        optionalLine(replyTo, "replyTo");
        optionalLine(dedupeKey, "dedupeKey");
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a header name: " + name);
            }
            requireLine(value, "header " + name);
        });
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static Email of(String kind, String to, String subject, String text) {
        return new Email(kind, to, subject, text, null, null, null, null, Map.of());
    }

    /** Renders the feature's own templates; {@code html} may be {@code null} for a text-only message. */
    public static Email of(String kind, String to, String subject, TemplateInstance text, TemplateInstance html) {
        return of(kind, to, subject, text.render()).withHtml(html == null ? null : html.render());
    }

    public Email withHtml(String html) {
        return new Email(kind, to, subject, text, html, replyTo, dedupeKey, attachment, headers);
    }

    public Email withReplyTo(String replyTo) {
        return new Email(kind, to, subject, text, html, replyTo, dedupeKey, attachment, headers);
    }

    public Email withDedupeKey(String dedupeKey) {
        return new Email(kind, to, subject, text, html, replyTo, dedupeKey, attachment, headers);
    }

    public Email withAttachment(String name, String contentType, String body) {
        return new Email(kind, to, subject, text, html, replyTo, dedupeKey, new Attachment(name, contentType, body), headers);
    }

    /**
     * Marks this as marketing mail with its one-click unsubscribe link (RFC 8058): mail clients show an
     * "Unsubscribe" button that POSTs to the link, and the outbox stops it if the person unsubscribes
     * before it goes.
     */
    public Email asMarketing(String unsubscribeUrl) {
        return withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** Marketing mail is what carries List-Unsubscribe; everything else is transactional. */
    public boolean isMarketing() {
        return headers.containsKey("List-Unsubscribe");
    }

    public Email withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Email(kind, to, subject, text, html, replyTo, dedupeKey, attachment, more);
    }

    /** The headers as stored in outbox_message.headers: one "Name: value" per line, or null when none. */
    String headerLines() {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static Map<String, String> parseHeaderLines(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines != null) {
            lines.lines().filter(line -> !line.isBlank()).forEach(line -> {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            });
        }
        return headers;
    }

    // A line break in an address, subject or header would let text typed on a form add headers of its own.
    private static void requireLine(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        optionalLine(value, what);
    }

    private static void optionalLine(String value, String what) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(what + " must be a single line");
        }
    }
}
