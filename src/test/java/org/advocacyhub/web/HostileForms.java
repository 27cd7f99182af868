package org.advocacyhub.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a page as the server drew them: where each posts and the fields it sends, with the
 * values a browser would send untouched. Read from the HTML so a field added to a form is attacked
 * without anyone listing it here.
 */
final class HostileForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    private HostileForms() {
    }

    /** One field: its name, its kind (text, hidden, textarea, select, checkbox, radio, button…) and its value. */
    record Field(String name, String kind, String value, List<String> options) {
        boolean isVisibleText() {
            return kind.equals("text") || kind.equals("email") || kind.equals("textarea") || kind.equals("date")
                    || kind.equals("time") || kind.equals("number") || kind.equals("search") || kind.equals("url")
                    || kind.equals("tel");
        }
    }

    record Form(String page, String method, String action, boolean multipart, List<Field> fields) {
        /** The fields other than the CSRF token, one entry per name (the first), in page order. */
        List<Field> inputs() {
            Map<String, Field> byName = new LinkedHashMap<>();
            for (Field f : fields) {
                if (!f.name().equals("csrf-token")) {
                    byName.putIfAbsent(f.name(), f);
                }
            }
            return new ArrayList<>(byName.values());
        }

        boolean hasVisibleInput() {
            return inputs().stream().anyMatch(f -> f.isVisibleText() || f.kind().equals("select"));
        }
    }

    static List<Form> parse(String page, String html) {
        List<Form> forms = new ArrayList<>();
        Matcher fm = FORM.matcher(html);
        while (fm.find()) {
            String attrs = fm.group(1);
            String body = fm.group(2);
            String method = attr(attrs, "method");
            String action = attr(attrs, "action");
            String enctype = attr(attrs, "enctype");
            List<Field> fields = new ArrayList<>();
            Matcher cm = CONTROL.matcher(body);
            Map<String, List<String>> radios = new LinkedHashMap<>();
            Map<String, String> radioChecked = new LinkedHashMap<>();
            while (cm.find()) {
                String tag = cm.group(1);
                String a = cm.group(2);
                String name = attr(a, "name");
                if (name == null) {
                    continue;
                }
                switch (tag) {
                    case "textarea" -> {
                        int end = body.indexOf("</textarea>", cm.end());
                        fields.add(new Field(name, "textarea", unescape(body.substring(cm.end(), end)), List.of()));
                    }
                    case "select" -> {
                        int end = body.indexOf("</select>", cm.end());
                        List<String> options = new ArrayList<>();
                        String selected = null;
                        Matcher om = OPTION.matcher(body.substring(cm.end(), end));
                        while (om.find()) {
                            String v = attr(om.group(1), "value");
                            options.add(v == null ? "" : v);
                            if (om.group(1).contains("selected")) {
                                selected = v;
                            }
                        }
                        String value = selected != null ? selected
                                : options.stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
                        fields.add(new Field(name, "select", value, options));
                    }
                    case "button" -> fields.add(new Field(name, "button", nz(attr(a, "value")), List.of()));
                    default -> {
                        String type = nz(attr(a, "type"));
                        type = type.isEmpty() ? "text" : type;
                        String value = nz(attr(a, "value"));
                        if (type.equals("radio")) {
                            radios.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                            if (a.contains("checked")) {
                                radioChecked.put(name, value);
                            }
                        } else if (type.equals("checkbox")) {
                            // Unticked boxes send nothing; the attack ticks them with its own values.
                            fields.add(new Field(name, "checkbox", a.contains("checked") ? value : null, List.of(value)));
                        } else if (!type.equals("submit") && !type.equals("file")) {
                            fields.add(new Field(name, type, value, List.of()));
                        } else if (type.equals("file")) {
                            fields.add(new Field(name, "file", "", List.of()));
                        }
                    }
                }
            }
            radios.forEach((name, options) -> fields.add(new Field(name, "radio",
                    radioChecked.getOrDefault(name, options.get(options.size() - 1)), options)));
            // Only the first button of a name is sent, as pressing it would.
            List<Field> deduped = new ArrayList<>();
            List<String> buttons = new ArrayList<>();
            for (Field f : fields) {
                if (f.kind().equals("button")) {
                    if (buttons.contains(f.name())) {
                        continue;
                    }
                    buttons.add(f.name());
                }
                deduped.add(f);
            }
            forms.add(new Form(page, method == null ? "get" : method.toLowerCase(), action == null ? page : unescape(action),
                    "multipart/form-data".equals(enctype), deduped));
        }
        return forms;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
