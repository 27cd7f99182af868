package org.advocacyhub.event;

/**
 * Whether the place is accessible, as Mobilize asks it: the host says so, or says they are not sure.
 * The words are in {@link EventMessages} (access_..., accessSentence_...), see {@link EventWords#access}.
 */
public enum Accessibility {
    ACCESSIBLE, NOT_ACCESSIBLE, UNSURE;

    public static Accessibility parse(String value) {
        for (Accessibility a : values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        return null;
    }
}
