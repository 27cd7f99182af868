package org.advocacyhub.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small checks and shapes of text that every form uses alike. */
public final class Text {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Text() {
    }

    /**
     * An address a person could have typed for themselves: something@domain.tld, no spaces, at most
     * 254 characters. Deliberately loose: the confirmation e-mail is the real check.
     */
    public static boolean isEmailAddress(String s) {
        return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();
    }

    /** "Fund MS research now!" → "fund-ms-research-now", at most {@code max} characters. */
    public static String slug(String title, int max) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > max ? s.substring(0, max).replaceAll("-+$", "") : s;
    }
}
