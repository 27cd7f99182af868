package org.advocacyhub.supporter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacyhub.web.Text;
import org.advocacyhub.web.Typed;

/**
 * What a row of an import file becomes, by the rules the forms use: the one e-mail rule
 * ({@link Text#emailNormalForm}), five-digit ZIPs, names of at most 100 characters, and no control
 * characters ({@link Typed}). The preview and the import use this same class, so the preview shows
 * exactly what will be stored.
 */
public final class ImportRules {

    static final String EMAIL = "email";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String ZIP = "zip";
    static final String LANGUAGE = "language";
    static final String IGNORE = "ignore";
    static final List<String> FIELDS = List.of(EMAIL, FIRST_NAME, LAST_NAME, ZIP, LANGUAGE, IGNORE);

    static final int NAME_MAX = 100;

    private ImportRules() {
    }

    /** A row as it will be stored, or the reason it will not be (a key of {@link ImportMessages#reason}). */
    public record Person(String email, String firstName, String lastName, String zip, String language, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The column's use guessed from its heading, in English or Spanish; "ignore" when nothing fits. */
    static String guess(String heading) {
        String h = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (h.contains("email") || h.contains("correo") || h.equals("mail")) {
            return EMAIL;
        }
        if (h.contains("zip") || h.contains("postal")) {
            return ZIP;
        }
        if (h.contains("language") || h.contains("idioma") || h.contains("lengua")) {
            return LANGUAGE;
        }
        if (h.contains("last") || h.contains("surname") || h.contains("family") || h.contains("apellido")) {
            return LAST_NAME;
        }
        if (h.contains("first") || h.contains("given") || h.equals("name") || h.equals("nombre") || h.equals("fullname")
                || h.contains("primernombre") || h.equals("nombrecompleto")) {
            return FIRST_NAME;
        }
        return IGNORE;
    }

    static List<String> guessAll(List<String> header) {
        List<String> mapping = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String heading : header) {
            String field = guess(heading);
            // Two columns that look like e-mail (say "Email" and "Email 2"): the first one wins.
            if (!field.equals(IGNORE) && taken.contains(field)) {
                field = IGNORE;
            }
            taken.add(field);
            mapping.add(field);
        }
        return mapping;
    }

    /**
     * The row read with the mapping. {@code readProblem} is what reading found (a NUL, a cell too long);
     * the first problem found is the one reported, in the order a person would fix them.
     */
    static Person apply(List<String> cells, List<String> mapping, String readProblem) {
        String email = "";
        String first = "";
        String last = "";
        String zip = "";
        String language = "";
        boolean control = false;
        for (int i = 0; i < mapping.size(); i++) {
            String field = mapping.get(i);
            if (field.equals(IGNORE)) {
                continue;
            }
            String cell = i < cells.size() ? cells.get(i) : "";
            if (!Typed.isOneLine(cell)) {
                control = true;
            }
            String value = cell.strip();
            switch (field) {
                case EMAIL -> email = value;
                case FIRST_NAME -> first = value;
                case LAST_NAME -> last = value;
                case ZIP -> zip = value;
                case LANGUAGE -> language = value;
                default -> {
                }
            }
        }
        if (readProblem != null) {
            return new Person(email, first, last, zip, language, readProblem);
        }
        if (control) {
            return new Person(email, first, last, zip, language, "control");
        }
        String normal = Text.emailNormalForm(email);
        if (email.isEmpty()) {
            return new Person(email, first, last, zip, language, "email_missing");
        }
        if (normal == null) {
            return new Person(email, first, last, zip, language, "email");
        }
        String zip5 = zip(zip);
        if (zip5 == null) {
            return new Person(normal, first, last, zip, language, "zip");
        }
        String tag = language(language);
        if (tag == null) {
            return new Person(normal, first, last, zip5, language, "language");
        }
        if (first.length() > NAME_MAX || last.length() > NAME_MAX) {
            return new Person(normal, first, last, zip5, tag, "name_too_long");
        }
        return new Person(normal, first, last, zip5, tag, null);
    }

    /**
     * Five digits, or ZIP+4 (the first five kept); blank stays blank. A spreadsheet that took the column
     * for numbers drops New England's leading zero ("5401" for 05401): 3 or 4 digits get it back, as
     * no US ZIP is shorter than five.
     */
    static String zip(String zip) {
        if (zip.isEmpty()) {
            return "";
        }
        if (zip.matches("\\d{5}(-\\d{4})?")) {
            return zip.substring(0, 5);
        }
        if (zip.matches("\\d{3,4}")) {
            return "0".repeat(5 - zip.length()) + zip;
        }
        return null;
    }

    /** "en" or "es" from what a sheet may say; blank is English (the app's default); anything else, null. */
    static String language(String language) {
        String l = Normalizer.normalize(language, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return switch (l) {
            case "", "en", "eng", "english", "ingles" -> "en";
            case "es", "spa", "spanish", "espanol" -> "es";
            default -> null;
        };
    }
}
