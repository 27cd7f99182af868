package org.advocacyhub.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OSDI {@code filter} parameter, OData style, as far as a sync needs it: comparisons of
 * modified_date with gt, ge, lt, le or eq, one or two joined by "and":
 * {@code modified_date gt '2026-01-01T00:00:00Z' and modified_date le '2026-02-01'}.
 * A date alone means its midnight in UTC. Anything else is refused with a message saying what works.
 */
public final class ModifiedFilter {

    private static final Pattern COMPARISON = Pattern.compile("modified_date\\s+(gt|ge|lt|le|eq)\\s+'([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile("\\s*" + COMPARISON.pattern() + "(?:\\s+and\\s+" + COMPARISON.pattern() + ")?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> OPERATORS = Map.of("gt", ">", "ge", ">=", "lt", "<", "le", "<=", "eq", "=");

    record Comparison(String operator, Instant instant) {
    }

    private final List<Comparison> comparisons;

    private ModifiedFilter(List<Comparison> comparisons) {
        this.comparisons = comparisons;
    }

    /** No filter (null or blank) keeps every row. */
    public static ModifiedFilter parse(String filter) {
        List<Comparison> comparisons = new ArrayList<>();
        if (filter == null || filter.isBlank()) {
            return new ModifiedFilter(comparisons);
        }
        Matcher whole = WHOLE.matcher(filter);
        if (!whole.matches()) {
            throw ApiException.badFilter("The filter must compare modified_date with gt, ge, lt, le or eq, once or twice joined by and, "
                    + "like: modified_date gt '2026-01-01T00:00:00Z'");
        }
        for (int group = 1; group <= 3 && whole.group(group) != null; group += 2) {
            comparisons.add(new Comparison(OPERATORS.get(whole.group(group).toLowerCase(Locale.ROOT)), instant(whole.group(group + 1))));
        }
        return new ModifiedFilter(comparisons);
    }

    private static Instant instant(String text) {
        try {
            Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
            // Beyond the years 1900-9999 PostgreSQL would refuse the comparison; no row is modified there anyway.
            if (!org.advocacyhub.web.Typed.isPlausible(LocalDate.ofInstant(instant, ZoneOffset.UTC))) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ApiException.badFilter("'" + text + "' is not a date and time like '2026-01-01T00:00:00Z' or a date like '2026-01-01'.");
        }
    }

    /**
     * The JPQL condition on a column holding the modified time, "true" when there is no filter, with
     * its parameters added to {@code parameters}.
     */
    String condition(String column, Map<String, Object> parameters) {
        if (comparisons.isEmpty()) {
            return "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        for (Comparison c : comparisons) {
            String name = "modified" + parameters.size();
            parameters.put(name, c.instant());
            parts.add(column + " " + c.operator() + " :" + name);
        }
        return String.join(" and ", parts);
    }

    static Map<String, Object> parameters() {
        return new LinkedHashMap<>();
    }
}
