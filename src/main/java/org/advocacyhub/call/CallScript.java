package org.advocacyhub.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.legislator.Legislator;

/**
 * A call script with its placeholders filled in. As with letters (letter/LetterText), a coordinator's
 * script never runs through Qute: each placeholder is replaced by a value in one pass, and a value
 * that looks like a placeholder stays as typed. A script with an unknown placeholder is refused when
 * saved, so a filled script has none left.
 */
public final class CallScript {

    public static final int MAX = 3000;

    /** Every placeholder, in the order the coordinator's hint lists them. */
    public static final List<String> PLACEHOLDERS = List.of("legislator.title", "legislator.firstName", "legislator.lastName",
            "legislator.fullName", "legislator.state", "caller.firstName", "caller.city");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)\\}");

    /** Who is calling, as the script needs them; neither is stored. */
    public record Caller(String firstName, String city) {
    }

    public static final Caller SAMPLE_CALLER = new Caller("Sam", "Burlington");

    private CallScript() {
    }

    public static List<String> unknownPlaceholders(String script) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(script == null ? "" : script);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1)) && !unknown.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    public static String fill(String script, Legislator to, Caller caller) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("legislator.title", to.getTitle());
        values.put("legislator.firstName", to.firstName);
        values.put("legislator.lastName", to.lastName);
        values.put("legislator.fullName", to.fullName);
        values.put("legislator.state", to.state);
        values.put("caller.firstName", caller.firstName());
        values.put("caller.city", caller.city());
        Matcher m = PLACEHOLDER.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "202-224-3121" as a tel: link wants it: "+12022243121"; empty when there is no number. */
    public static String tel(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return digits;
    }

    static String meaning(String placeholder, CallMessages m) {
        return switch (placeholder) {
            case "legislator.title" -> m.placeholderTitle();
            case "legislator.firstName" -> m.placeholderLegislatorFirstName();
            case "legislator.lastName" -> m.placeholderLegislatorLastName();
            case "legislator.fullName" -> m.placeholderLegislatorFullName();
            case "legislator.state" -> m.placeholderState();
            case "caller.firstName" -> m.placeholderCallerFirstName();
            default -> m.placeholderCity();
        };
    }
}
