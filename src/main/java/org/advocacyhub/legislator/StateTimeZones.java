package org.advocacyhub.legislator;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The time zone most of a state's people live in, to default an event's zone from its ZIP code.
 * States split between zones (Florida's panhandle, west Texas…) get their larger part; the host can
 * always choose another zone on the form.
 */
public final class StateTimeZones {

    private StateTimeZones() {
    }

    /** The zones a host can choose, in the words people use for them. */
    public static final Map<String, String> CHOICES = new java.util.LinkedHashMap<>();

    static {
        CHOICES.put("America/New_York", "Eastern time");
        CHOICES.put("America/Chicago", "Central time");
        CHOICES.put("America/Denver", "Mountain time");
        CHOICES.put("America/Phoenix", "Mountain time, Arizona (no daylight saving)");
        CHOICES.put("America/Los_Angeles", "Pacific time");
        CHOICES.put("America/Anchorage", "Alaska time");
        CHOICES.put("Pacific/Honolulu", "Hawaii time");
        CHOICES.put("America/Puerto_Rico", "Atlantic time (Puerto Rico, Virgin Islands)");
        CHOICES.put("Pacific/Guam", "Chamorro time (Guam, Northern Mariana Islands)");
        CHOICES.put("Pacific/Pago_Pago", "Samoa time");
    }

    private static final Map<String, List<String>> STATES_BY_ZONE = Map.of(
            "America/New_York", List.of("CT", "DC", "DE", "FL", "GA", "IN", "MA", "MD", "ME", "MI", "NC", "NH", "NJ",
                    "NY", "OH", "PA", "RI", "SC", "VA", "VT", "WV", "KY"),
            "America/Chicago", List.of("AL", "AR", "IA", "IL", "KS", "LA", "MN", "MO", "MS", "ND", "NE", "OK", "SD",
                    "TN", "TX", "WI"),
            "America/Denver", List.of("CO", "ID", "MT", "NM", "UT", "WY"),
            "America/Phoenix", List.of("AZ"),
            "America/Los_Angeles", List.of("CA", "NV", "OR", "WA"),
            "America/Anchorage", List.of("AK"),
            "Pacific/Honolulu", List.of("HI"),
            "America/Puerto_Rico", List.of("PR", "VI"),
            "Pacific/Guam", List.of("GU", "MP"),
            "Pacific/Pago_Pago", List.of("AS"));

    public static ZoneId forState(String state) {
        return STATES_BY_ZONE.entrySet().stream()
                .filter(e -> e.getValue().contains(state))
                .map(e -> ZoneId.of(e.getKey()))
                .findFirst()
                .orElse(ZoneId.of("America/New_York"));
    }

    public static String label(String zone) {
        return CHOICES.getOrDefault(zone, zone);
    }
}
