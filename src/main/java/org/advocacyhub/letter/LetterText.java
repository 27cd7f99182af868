package org.advocacyhub.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.legislator.Legislator;

/**
 * The letter's words: the campaign's templates with their placeholders filled in, and the rules every
 * letter meets. Templates are typed by coordinators, so they are never run through Qute: a
 * placeholder is only ever replaced by a value, in one pass, and a value that looks like a placeholder
 * stays as typed.
 */
public final class LetterText {

    public static final int SUBJECT_TEMPLATE_MAX = 150;
    public static final int BODY_TEMPLATE_MAX = 4000;
    public static final int SUBJECT_MAX = 200;
    /** Room for the longest names in the filled template, and a little more of the supporter's own words. */
    public static final int BODY_MAX = 5000;

    /** Every placeholder, with what it is for, in the order the coordinator's hint lists them. */
    public static final Map<String, String> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        PLACEHOLDERS.put("legislator.title", "Senator, Representative, Delegate or Resident Commissioner");
        PLACEHOLDERS.put("legislator.firstName", "the legislator's first name");
        PLACEHOLDERS.put("legislator.lastName", "the legislator's last name");
        PLACEHOLDERS.put("legislator.fullName", "the legislator's full name");
        PLACEHOLDERS.put("legislator.state", "the state they represent, like VT");
        PLACEHOLDERS.put("supporter.firstName", "the supporter's first name");
        PLACEHOLDERS.put("supporter.lastName", "the supporter's last name");
        PLACEHOLDERS.put("supporter.city", "the supporter's town or city");
        PLACEHOLDERS.put("supporter.zip", "the supporter's ZIP code");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)\\}");
    // Tags and comments; "I <3 MS research" and "a < b" stay plain text.
    private static final Pattern HTML = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?|!--[\\s\\S]*?--|![a-zA-Z][^<>]*)>");

    /** Who is writing, as the placeholders need them. */
    public record Writer(String firstName, String lastName, String city, String zip) {
    }

    /** Someone to preview a campaign with. */
    public static final Writer SAMPLE_WRITER = new Writer("Sam", "Rivera", "Burlington", "05401");

    private LetterText() {
    }

    /** The placeholders in a template we do not know, in order of appearance, each once. */
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            String name = m.group(1);
            if (!PLACEHOLDERS.containsKey(name) && !unknown.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    public static boolean hasHtml(String text) {
        return text != null && HTML.matcher(text).find();
    }

    /** The template with every known placeholder replaced; the template must have passed validation. */
    public static String fill(String template, Legislator to, Writer from) {
        Map<String, String> values = Map.of(
                "legislator.title", to.getTitle(),
                "legislator.firstName", to.firstName,
                "legislator.lastName", to.lastName,
                "legislator.fullName", to.fullName,
                "legislator.state", to.state,
                "supporter.firstName", from.firstName(),
                "supporter.lastName", from.lastName(),
                "supporter.city", from.city(),
                "supporter.zip", from.zip());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text from a form, with the line ends browsers send (CRLF) made plain, and no blanks at the ends. */
    public static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The message for a template field, in the words of {@code m}, or null when it is fine. */
    static String templateProblem(String value, int max, String missing, String label, LetterMessages m) {
        if (value.isEmpty()) {
            return missing;
        }
        if (value.length() > max) {
            return m.tooLong(label, max, value.length());
        }
        if (hasHtml(value)) {
            return m.plainText(label);
        }
        List<String> unknown = unknownPlaceholders(value);
        if (!unknown.isEmpty()) {
            return m.unknownPlaceholders(unknown.size(), String.join(", ", unknown),
                    String.join(", ", PLACEHOLDERS.keySet().stream().map(k -> "{" + k + "}").toList()));
        }
        return null;
    }

    /** What a placeholder stands for, for the coordinators' form. */
    static String meaning(String placeholder, LetterMessages m) {
        return switch (placeholder) {
            case "legislator.title" -> m.placeholderTitle();
            case "legislator.firstName" -> m.placeholderLegislatorFirstName();
            case "legislator.lastName" -> m.placeholderLegislatorLastName();
            case "legislator.fullName" -> m.placeholderLegislatorFullName();
            case "legislator.state" -> m.placeholderState();
            case "supporter.firstName" -> m.placeholderSupporterFirstName();
            case "supporter.lastName" -> m.placeholderSupporterLastName();
            case "supporter.city" -> m.placeholderCity();
            case "supporter.zip" -> m.placeholderZip();
            default -> PLACEHOLDERS.get(placeholder);
        };
    }
}
