package org.advocacyhub.supporter;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacyhub.legislator.ZipArea;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * "Who are our people?": the coordinator's search over supporters, every filter combined with AND.
 * The query string is the whole search (the URL holds it, a segment stores it), so one object reads it
 * from a request or from a saved segment, checks it, and turns it into one SQL condition that the
 * list, the count, bulk tagging, news to a segment and the segment's export all share: they cannot
 * disagree about who matches.
 *
 * <p>At a million supporters the page must answer in well under 200 ms: part of a name or address
 * uses the trigram index (V23_1), ZIP and state the ZIP index, what people did an EXISTS on the
 * unique (action, person) indexes; the page reads 50 rows, and the count stops at 10,001.
 */
public class SupporterSearch {

    public static final int PAGE_SIZE = 50;
    /** Counting stops here: "more than 10,000" is all a coordinator needs, and it stays cheap. */
    public static final int COUNT_CAP = 10_000;
    public static final List<Integer> RADII = List.of(5, 10, 25, 50, 100);
    public static final List<String> SORTS = List.of("newest", "oldest", "name", "email");
    /** Coordinator pages read dates in US Eastern time. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final double EARTH_RADIUS_MILES = 3958.8;

    /** Part of a name or e-mail address. */
    @RestQuery public String q = "";
    @RestQuery public String zip = "";
    /** Miles around the ZIP; empty: that ZIP only. */
    @RestQuery public String radius = "";
    @RestQuery public String state = "";
    /** "", "en" or "es". */
    @RestQuery public String language = "";
    /** "", "yes" (agreed to news and not unsubscribed) or "no". */
    @RestQuery public String subscribed = "";
    /** A tag's id. */
    @RestQuery public String tag = "";
    /** Signed this petition (id). */
    @RestQuery public String petition = "";
    /** RSVPed to this event (id)... */
    @RestQuery public String event = "";
    /** ...or, with "yes", was checked in at it. */
    @RestQuery public String attended = "";
    /** Wrote in this letter campaign (id). */
    @RestQuery public String campaign = "";
    /** The actions above (or any action, when none is chosen) happened on or after this day... */
    @RestQuery public String from = "";
    /** ...and on or before this one. */
    @RestQuery public String to = "";
    @RestQuery public String sort = "";
    @RestQuery public String page = "";

    Long tagId;
    Long petitionId;
    Long eventId;
    Long campaignId;
    ZipArea area;
    Integer radiusMiles;
    LocalDate fromDate;
    LocalDate toDate;
    int pageNumber = 1;
    boolean validated;

    /** One person in the list. */
    public record Row(long id, String name, String email, String zip, String language, boolean subscribed, Instant joined) {
        public java.time.ZonedDateTime getJoinedAt() {
            return joined.atZone(ZONE);
        }

        public boolean isNamed() {
            return name != null && !name.isBlank();
        }
    }

    /** A page of people; total is exact up to {@link #COUNT_CAP}, then {@code more} says there are more. */
    public record Results(List<Row> rows, long total, boolean more, int page, boolean hasNext) {
    }

    /** The search a query string describes (a segment's, or a hidden field's). Unknown names are ignored. */
    public static SupporterSearch parse(String query) {
        SupporterSearch s = new SupporterSearch();
        if (query == null || query.isBlank()) {
            return s;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            try {
                Field f = SupporterSearch.class.getField(name);
                if (f.isAnnotationPresent(RestQuery.class) && f.getType() == String.class) {
                    f.set(s, value);
                }
            } catch (NoSuchFieldException | IllegalAccessException | IllegalArgumentException e) {
                // not one of ours
            }
        }
        return s;
    }

    /** Checks the filters; the messages are in the reader's words. */
    public FormErrors validate(SupportersMessages m, String controlCharacters) {
        for (Field f : SupporterSearch.class.getFields()) {
            try {
                if (f.isAnnotationPresent(RestQuery.class) && f.get(this) == null) {
                    f.set(this, "");
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        FormErrors errors = Typed.check(this, FormErrors.none(), controlCharacters);
        if (errors.isAny()) {
            validated = false;
            return errors;
        }
        q = q.strip();
        if (q.length() > 200) {
            errors.add("q", m.searchTooLong(200));
        }
        zip = zip.strip();
        radiusMiles = null;
        area = null;
        if (!zip.isEmpty()) {
            if (!zip.matches("\\d{5}")) {
                errors.add("zip", m.zipInvalid());
            } else if (!radius.isBlank()) {
                Integer r = number(radius);
                if (r == null || !RADII.contains(r.intValue())) {
                    errors.add("radius", m.radiusInvalid());
                } else {
                    area = ZipArea.lookup(zip).orElse(null);
                    if (area == null || !area.hasPoint()) {
                        errors.add("zip", m.zipNoDistance(zip));
                        area = null;
                    } else {
                        radiusMiles = r;
                    }
                }
            }
        }
        state = state.strip().toUpperCase(Locale.ROOT);
        if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
            errors.add("state", m.stateInvalid());
        }
        if (!List.of("", "en", "es").contains(language)) {
            errors.add("language", m.choiceInvalid());
        }
        if (!List.of("", "yes", "no").contains(subscribed)) {
            errors.add("subscribed", m.choiceInvalid());
        }
        tagId = id(errors, "tag", tag, m);
        petitionId = id(errors, "petition", petition, m);
        eventId = id(errors, "event", event, m);
        campaignId = id(errors, "campaign", campaign, m);
        if (!List.of("", "yes").contains(attended)) {
            errors.add("attended", m.choiceInvalid());
        }
        fromDate = date(errors, "from", from, m);
        toDate = date(errors, "to", to, m);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", m.datesBackwards());
        }
        if (!SORTS.contains(sort)) {
            sort = "";
        }
        Integer p = number(page);
        pageNumber = p == null ? 1 : Math.min(COUNT_CAP / PAGE_SIZE, Math.max(1, p));
        validated = !errors.isAny();
        return errors;
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long id(FormErrors errors, String field, String value, SupportersMessages m) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        errors.add(field, m.choiceInvalid());
        return null;
    }

    private static LocalDate date(FormErrors errors, String field, String value, SupportersMessages m) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (Typed.isPlausible(date)) {
                return date;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        errors.add(field, m.dateFormat());
        return null;
    }

    /** The SQL condition on {@code supporter s}, with its parameters; only after a clean validate(...). */
    public record Condition(String sql, Map<String, Object> params) {
        public Query apply(Query query) {
            params.forEach(query::setParameter);
            return query;
        }

        /** The condition for plain JDBC (a streamed export): "?" in place of each name, and the values in order. */
        public Jdbc jdbc() {
            List<Object> values = new ArrayList<>();
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(":(\\w+)").matcher(sql);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                Object v = params.get(matcher.group(1));
                values.add(v instanceof Instant i ? java.sql.Timestamp.from(i) : v);
                matcher.appendReplacement(out, "?");
            }
            matcher.appendTail(out);
            return new Jdbc(out.toString(), values);
        }
    }

    public record Jdbc(String sql, List<Object> values) {
    }

    public Condition condition() {
        if (!validated) {
            throw new IllegalStateException("validate the search first");
        }
        StringBuilder w = new StringBuilder("s.erased_at IS NULL");
        Map<String, Object> p = new HashMap<>();
        if (!q.isEmpty()) {
            w.append(" AND lower(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '') || ' ' || coalesce(s.email, ''))"
                    + " LIKE :q");
            p.put("q", "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%");
        }
        if (area != null) {
            // The ZIPs whose centre lies within the radius (a box first, so the distance is worked out
            // for a few hundred ZIPs, not 33,000), then the people in them by the ZIP index.
            double dLat = radiusMiles / 69.0;
            double dLon = radiusMiles / Math.max(1.0, 69.0 * Math.cos(Math.toRadians(area.latitude)));
            w.append(" AND s.zip = ANY (ARRAY(SELECT CAST(z.zip AS varchar) FROM zip_area z"
                    + " WHERE z.latitude BETWEEN :lat - :dlat AND :lat + :dlat AND z.longitude BETWEEN :lon - :dlon AND :lon + :dlon"
                    + " AND " + EARTH_RADIUS_MILES + " * 2 * asin(sqrt(power(sin(radians(z.latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(z.latitude)) * power(sin(radians(z.longitude - :lon) / 2), 2)))"
                    + " <= :radius))");
            p.put("lat", area.latitude);
            p.put("lon", area.longitude);
            p.put("dlat", dLat);
            p.put("dlon", dLon);
            p.put("radius", (double) radiusMiles);
        } else if (!zip.isEmpty()) {
            w.append(" AND s.zip = :zip");
            p.put("zip", zip);
        }
        if (!state.isEmpty()) {
            // An array, not IN (subquery): the planner then reads the ZIP index for those ZIPs
            // rather than the whole table joined to the state's ZIPs.
            w.append(" AND s.zip = ANY (ARRAY(SELECT CAST(z.zip AS varchar) FROM zip_area z WHERE z.state = :state))");
            p.put("state", state);
        }
        if (!language.isEmpty()) {
            w.append(" AND s.language = :language");
            p.put("language", language);
        }
        if (subscribed.equals("yes")) {
            w.append(" AND s.email_consent_at IS NOT NULL AND s.unsubscribed_at IS NULL");
        } else if (subscribed.equals("no")) {
            w.append(" AND (s.email_consent_at IS NULL OR s.unsubscribed_at IS NOT NULL)");
        }
        if (tagId != null) {
            w.append(" AND EXISTS (SELECT 1 FROM supporter_tag t WHERE t.supporter_id = s.id AND t.tag_id = :tag)");
            p.put("tag", tagId);
        }
        boolean dated = fromDate != null || toDate != null;
        if (dated) {
            p.put("from", fromDate == null ? Instant.parse("1900-01-01T00:00:00Z") : fromDate.atStartOfDay(ZONE).toInstant());
            p.put("to", toDate == null ? Instant.parse("9999-01-01T00:00:00Z") : toDate.plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        String signedIn = dated ? " AND g.created_at >= :from AND g.created_at < :to" : "";
        String rsvpIn = dated ? " AND r.created_at >= :from AND r.created_at < :to" : "";
        String checkedIn = dated ? " AND r.checked_in_at >= :from AND r.checked_in_at < :to" : "";
        String wroteIn = dated ? " AND l.created_at >= :from AND l.created_at < :to" : "";
        if (petitionId != null) {
            w.append(" AND EXISTS (SELECT 1 FROM signature g WHERE g.supporter_id = s.id AND g.petition_id = :petition")
                    .append(signedIn).append(')');
            p.put("petition", petitionId);
        }
        if (eventId != null) {
            w.append(" AND EXISTS (SELECT 1 FROM rsvp r WHERE r.supporter_id = s.id AND r.event_id = :event")
                    .append(isAttendedOnly() ? " AND r.checked_in_at IS NOT NULL" + checkedIn : " AND r.status <> 'CANCELLED'" + rsvpIn)
                    .append(')');
            p.put("event", eventId);
        }
        if (campaignId != null) {
            w.append(" AND EXISTS (SELECT 1 FROM letter l WHERE l.supporter_id = s.id AND l.campaign_id = :campaign")
                    .append(wroteIn).append(')');
            p.put("campaign", campaignId);
        }
        if (dated && petitionId == null && eventId == null && campaignId == null) {
            w.append(" AND (EXISTS (SELECT 1 FROM signature g WHERE g.supporter_id = s.id").append(signedIn).append(')')
                    .append(" OR EXISTS (SELECT 1 FROM rsvp r WHERE r.supporter_id = s.id").append(rsvpIn).append(')')
                    .append(" OR EXISTS (SELECT 1 FROM letter l WHERE l.supporter_id = s.id").append(wroteIn).append("))");
        }
        return new Condition(w.toString(), p);
    }

    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String orderBy() {
        return switch (sort) {
            case "oldest" -> "s.created_at, s.id";
            case "name" -> "lower(s.last_name), lower(s.first_name), s.id";
            case "email" -> "s.email, s.id";
            default -> "s.created_at DESC, s.id DESC";
        };
    }

    /** One page of people and the (capped) count. */
    public Results run() {
        Condition c = condition();
        var em = Panache.getEntityManager();
        Query list = em.createNativeQuery("""
                SELECT s.id, concat_ws(' ', s.first_name, s.last_name), s.email, s.zip, s.language,
                       s.email_consent_at IS NOT NULL AND s.unsubscribed_at IS NULL, s.created_at
                FROM supporter s WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset
                """.formatted(c.sql(), orderBy()));
        c.apply(list).setParameter("limit", PAGE_SIZE + 1).setParameter("offset", (pageNumber - 1) * PAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<Object[]> found = list.getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found.subList(0, Math.min(found.size(), PAGE_SIZE))) {
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    Boolean.TRUE.equals(r[5]), instant(r[6])));
        }
        long total = cappedCount();
        return new Results(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP, pageNumber, found.size() > PAGE_SIZE);
    }

    /** How many match, counting no further than one past {@link #COUNT_CAP}. */
    public long cappedCount() {
        Condition c = condition();
        Query count = Panache.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM supporter s WHERE " + c.sql() + " LIMIT " + (COUNT_CAP + 1) + ") found");
        return ((Number) c.apply(count).getSingleResult()).longValue();
    }

    /** How many match, exactly: before an action on all of them (tagging, sending, exporting). */
    public long count() {
        Condition c = condition();
        Query count = Panache.getEntityManager().createNativeQuery("SELECT count(*) FROM supporter s WHERE " + c.sql());
        return ((Number) c.apply(count).getSingleResult()).longValue();
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }

    public boolean isAttendedOnly() {
        return "yes".equals(attended);
    }

    /** The search as a query string, without the page (and, with {@code withSort} false, without the order). */
    public String queryString(boolean withSort) {
        StringBuilder s = new StringBuilder();
        add(s, "q", q);
        add(s, "zip", zip);
        add(s, "radius", zip.isBlank() ? "" : radius);
        add(s, "state", state);
        add(s, "language", language);
        add(s, "subscribed", subscribed);
        add(s, "tag", tag);
        add(s, "petition", petition);
        add(s, "event", event);
        add(s, "attended", event.isBlank() ? "" : attended);
        add(s, "campaign", campaign);
        add(s, "from", from);
        add(s, "to", to);
        if (withSort) {
            add(s, "sort", sort);
        }
        return s.length() == 0 ? "" : s.substring(0, s.length() - 1);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public String getQuery() {
        return queryString(false);
    }

    public String pageUrl(int n) {
        String qs = queryString(true);
        String pagePart = n > 1 ? "page=" + n : "";
        String all = qs.isEmpty() ? pagePart : pagePart.isEmpty() ? qs : qs + "&" + pagePart;
        return "/coordinator/supporters" + (all.isEmpty() ? "" : "?" + all);
    }

    /** The same search in another order, from the first page. */
    public String sortUrl(String order) {
        SupporterSearch copy = parse(queryString(false));
        copy.sort = order;
        return "/coordinator/supporters?" + copy.queryString(true);
    }

    public String getPreviousPageUrl() {
        return pageNumber > 1 ? pageUrl(pageNumber - 1) : null;
    }

    public String getNextPageUrl() {
        return pageUrl(pageNumber + 1);
    }

    public String getSortValue() {
        return sort.isEmpty() ? "newest" : sort;
    }

    public boolean isFiltered() {
        return !getQuery().isEmpty();
    }
}
