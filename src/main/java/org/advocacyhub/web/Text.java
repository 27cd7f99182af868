package org.advocacyhub.web;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small checks and shapes of text that every form uses alike. */
public final class Text {

    /** RFC 5322 dot-atom: no quoted strings, comments, display names or angle brackets. */
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** An ASCII (A-label) host name: letters, digits and inner hyphens, a label at most 63 long. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private Text() {
    }

    /**
     * A plain address a person could have typed for themselves: local-part@domain.tld and nothing
     * else, at most 254 characters once in its normal form. Comments ("ann@x.org(1)"), display names
     * and angle brackets ("a<ann@x.org>"), quoted local parts and spaces are refused: each would reach
     * the same mailbox as the plain address while looking like another person. The confirmation e-mail
     * is still the real check that the address is theirs.
     */
    public static boolean isEmailAddress(String s) {
        return emailNormalForm(s) != null;
    }

    /**
     * The one form an address is stored, counted and mailed in, or null if it is not a plain address:
     * trimmed, lower-cased (we treat the local part case-insensitively, as every mail provider our
     * supporters use does), and an internationalised domain in its ASCII form ("bücher.example" becomes
     * "xn--bcher-kva.example"), so that "Ana@Bücher.example" and "ana@xn--bcher-kva.example" are one
     * person and one rate-limit bucket, and mail goes to an address every SMTP server accepts.
     */
    public static String emailNormalForm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        int at = t.lastIndexOf('@');
        if (at <= 0 || at == t.length() - 1 || t.length() > 320) {
            return null;
        }
        String local = t.substring(0, at);
        String domain = t.substring(at + 1);
        if (local.length() > 64 || !LOCAL_PART.matcher(local).matches()) {
            return null;
        }
        String ascii;
        try {
            // USE_STD3_ASCII_RULES refuses anything but letters, digits and hyphens in a label.
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ascii.endsWith(".")) {
            return null;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].matches("[0-9-]*")) {
            return null;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        String address = local.toLowerCase(Locale.ROOT) + "@" + ascii;
        return address.length() <= 254 ? address : null;
    }

    /** "Fund MS research now!" → "fund-ms-research-now", at most {@code max} characters. */
    public static String slug(String title, int max) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > max ? s.substring(0, max).replaceAll("-+$", "") : s;
    }
}
