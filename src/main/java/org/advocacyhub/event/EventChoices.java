package org.advocacyhub.event;

import io.quarkus.qute.TemplateGlobal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.advocacyhub.legislator.StateTimeZones;

/** The fixed lists the event forms offer, as value → words on the page. */
@TemplateGlobal
public class EventChoices {

    static Map<String, String> eventKinds() {
        Map<String, String> m = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            m.put(k.name(), k.label);
        }
        return m;
    }

    static Map<String, String> accessibilityChoices() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Accessibility a : Accessibility.values()) {
            m.put(a.name(), a.label);
        }
        return m;
    }

    static Map<String, String> timeZones() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "The time zone of the ZIP code");
        m.putAll(StateTimeZones.CHOICES);
        return m;
    }

    static Map<String, String> radii() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int r : EventSearch.RADII) {
            m.put(String.valueOf(r), r + " miles");
        }
        return m;
    }

    static Map<String, String> kindFilter() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "Any kind");
        m.putAll(eventKinds());
        return m;
    }
}
