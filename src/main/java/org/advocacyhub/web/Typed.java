package org.advocacyhub.web;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The one rule for every text a person or a partner's tool sends us, form and API alike: only what a
 * person could type. Refused, with a message beside the field and the input kept:
 * <ul>
 * <li>control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F), NUL above all, which PostgreSQL
 * cannot store; a multi-line field keeps tab, line feed and carriage return;</li>
 * <li>the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a name
 * read differently from what it is (in a coordinator's list, a CSV, an e-mail); right-to-left text
 * needs none of them, the Unicode bidi algorithm lays it out. The plain marks LRM, RLM and ALM stay;</li>
 * <li>the line and paragraph separators (U+2028, U+2029) in a one-line field;</li>
 * <li>a lone surrogate (only a JSON escape can make one: it is not a character).</li>
 * </ul>
 * Emoji, every script, zero-width joiners and the like are text, and are stored as typed.
 * Refusing rather than silently stripping: a changed name is worse than a question.
 */
public final class Typed {

    private Typed() {
    }

    /** True when a one-line field may hold {@code s} (null counts as empty). */
    public static boolean isOneLine(String s) {
        return firstBad(s, false) < 0;
    }

    /** True when a multi-line field (a textarea) may hold {@code s}. */
    public static boolean isMultiLine(String s) {
        return firstBad(s, true) < 0;
    }

    /** The index of the first character the rule refuses, or -1. */
    static int firstBad(String s, boolean multiLine) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return i;
            }
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return i;
            }
            if (!multiLine && (c == 0x2028 || c == 0x2029)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks every {@code @RestForm} text field of a form object (and every {@code @RestQuery} one, for a
     * search), {@code String} or {@code List<String>} (whose items are named {@code name-0}, {@code name-1}…
     * as the letter pages name them), and puts the message on each field that breaks the rule, in place of
     * any other message for it: the control character is what the person must fix first. Fields marked
     * {@link MultiLine} are textareas. Reading the fields from the class means a field added to a form is
     * covered without being listed.
     *
     * @param message the words, in the reader's language ({@link SiteMessages#controlCharacters()})
     */
    public static FormErrors check(Object form, FormErrors errors, String message) {
        Map<String, String> bad = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (java.lang.reflect.Field f : form.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    || !f.isAnnotationPresent(RestForm.class) && !f.isAnnotationPresent(RestQuery.class)) {
                continue;
            }
            boolean many = f.isAnnotationPresent(MultiLine.class);
            Object value;
            try {
                value = f.get(form);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof String s) {
                order.add(f.getName());
                if (firstBad(s, many) >= 0) {
                    bad.put(f.getName(), message);
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    order.add(f.getName() + "-" + i);
                    if (list.get(i) instanceof String s && firstBad(s, many) >= 0) {
                        bad.put(f.getName() + "-" + i, message);
                    }
                }
            }
        }
        if (bad.isEmpty()) {
            return errors;
        }
        return errors.replaceAll(bad).inFieldOrder(order.toArray(String[]::new));
    }

    /** As {@link #check(Object, FormErrors, String)}, in the words of this request's reader. */
    public static FormErrors check(Object form, FormErrors errors, Language language) {
        return check(form, errors, language.bundle(SiteMessages.class).controlCharacters());
    }

    /** The message in a given language ("en" for the API, whose words are for developers). */
    public static String message(String languageTag) {
        return Language.bundle(SiteMessages.class, languageTag).controlCharacters();
    }

    /** One field outside a form object (a key's name, a reason): its message, or nothing. */
    public static FormErrors check(FormErrors errors, String field, String value, boolean multiLine, String message) {
        if (firstBad(value, multiLine) >= 0) {
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put(field, message);
            errors.replaceAll(bad);
        }
        return errors;
    }

    /**
     * A date a person could mean: the years 1900 to 9999. ISO dates parse far beyond that ("+999999999-12-31"),
     * past what PostgreSQL stores and what a calendar shows; refused like any other unreadable date.
     */
    public static boolean isPlausible(java.time.LocalDate date) {
        return date != null && date.getYear() >= 1900 && date.getYear() <= 9999;
    }

    /** Marks a form field that is a textarea: it may hold tab and line breaks. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface MultiLine {
    }
}
