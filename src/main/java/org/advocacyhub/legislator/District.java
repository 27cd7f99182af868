package org.advocacyhub.legislator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A congressional district: a state and a number, 0 for an at-large seat or a delegate's. */
public record District(String state, int number) {

    private static final Pattern KEY = Pattern.compile("([A-Z]{2})-(\\d{1,2})");

    /** Every district the ZIP code lies in, from zip_district (loaded by {@link ZipData}); empty when unknown. */
    public static List<District> forZip(String zip) {
        if (zip == null || !zip.matches("\\d{5}")) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Legislator.getEntityManager()
                .createNativeQuery("SELECT state, district FROM zip_district WHERE zip = ?1 ORDER BY state, district")
                .setParameter(1, zip)
                .getResultList();
        return rows.stream().map(r -> new District(((String) r[0]).strip(), ((Number) r[1]).intValue())).toList();
    }

    /** The form value "NY-10" back to a district; empty when it is not one. */
    public static Optional<District> parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key.strip());
        return m.matches() ? Optional.of(new District(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** For forms: "NY-10". */
    public String getKey() {
        return state + "-" + number;
    }

    public List<Legislator> getRepresentatives() {
        return Legislator.representatives(state, number);
    }

    public List<Legislator> getSenators() {
        return Legislator.senators(state);
    }
}
