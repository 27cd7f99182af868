package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacyhub.legislator.ZipArea;
import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The /events filters, as the URL carries them (so a search can be shared and the back button works),
 * and the query they make: published events that have not ended, nearest first when a ZIP is given,
 * then soonest first.
 */
public class EventSearch {

    public static final List<Integer> RADII = List.of(5, 10, 25, 50, 100, 250);
    static final int PAGE_SIZE = 20;
    private static final double EARTH_RADIUS_MILES = 3958.8;

    @RestQuery public String zip = "";
    @RestQuery public String radius = "";
    @RestQuery public String from = "";
    @RestQuery public String to = "";
    @RestQuery public String kind = "";
    @RestQuery public String online = "";
    @RestQuery public String page = "";

    ZipArea area;
    int radiusMiles = 25;
    LocalDate fromDate;
    LocalDate toDate;
    int pageNumber = 1;

    /**
     * One result: the event, how far it is (null without a ZIP or when online) and places taken. Templates
     * show {@code {l.distance}} and {@code {l.places}} in the page's language ({@link EventWords}).
     */
    public record Listing(Event event, Double distanceMiles, long placesTaken) {
    }

    public record Results(List<Listing> listings, long total, int page, boolean hasNext) {
    }

    public boolean isOnlineOnly() {
        return "yes".equals(online);
    }

    public int getRadiusMiles() {
        return radiusMiles;
    }

    /** Checks the filters; the messages are in the words given (the reader's language). */
    public FormErrors validate(EventWords words) {
        EventMessages m = words.m();
        FormErrors errors = FormErrors.none();
        zip = EventForm.strip(zip);
        if (!zip.isEmpty() && !isOnlineOnly()) {
            if (!zip.matches("\\d{5}")) {
                errors.add("zip", m.searchZipInvalid());
            } else {
                area = ZipArea.lookup(zip).orElse(null);
                if (area == null) {
                    errors.add("zip", m.zipUnknownForSearch(zip));
                } else if (!area.hasPoint()) {
                    errors.add("zip", m.zipNoDistance(zip));
                    area = null;
                }
            }
        }
        try {
            int r = Integer.parseInt(EventForm.strip(radius));
            radiusMiles = RADII.contains(r) ? r : 25;
        } catch (NumberFormatException e) {
            radiusMiles = 25;
        }
        fromDate = date(errors, "from", from, m);
        toDate = date(errors, "to", to, m);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", m.datesBackwards());
        }
        if (EventKind.parse(kind) == null) {
            kind = "";
        }
        try {
            // At most 100,000 pages: the offset stays a number, and no search has that many.
            pageNumber = Math.min(100_000, Math.max(1, Integer.parseInt(EventForm.strip(page))));
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        return errors;
    }

    private static LocalDate date(FormErrors errors, String field, String value, EventMessages m) {
        String v = EventForm.strip(value);
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (org.advocacyhub.web.Typed.isPlausible(date)) {
                return date;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        errors.add(field, m.dateFormat());
        return null;
    }

    /** What the results depend on, once validated: equal keys, equal results (PublicEvents keeps them). */
    String key() {
        return String.join("|", area == null ? "" : area.zip, String.valueOf(radiusMiles), String.valueOf(fromDate),
                String.valueOf(toDate), kind == null ? "" : kind, String.valueOf(isOnlineOnly()), String.valueOf(pageNumber));
    }

    /** Runs the search; call after validate(...) found no errors. */
    public Results run() {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("e.status = 'PUBLISHED' AND e.ends_at > now()");
        String distance = "CAST(NULL AS double precision)";
        if (isOnlineOnly()) {
            where.append(" AND e.online");
        } else if (area != null) {
            // Haversine distance from the ZIP's centroid, in miles.
            distance = EARTH_RADIUS_MILES + " * 2 * asin(sqrt(power(sin(radians(e.latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - :lon) / 2), 2)))";
            where.append(" AND NOT e.online AND e.latitude IS NOT NULL");
            params.put("lat", area.latitude);
            params.put("lon", area.longitude);
            params.put("radius", (double) radiusMiles);
        }
        if (fromDate != null) {
            where.append(" AND CAST(e.starts_at AT TIME ZONE e.time_zone AS date) >= :from");
            params.put("from", fromDate);
        }
        if (toDate != null) {
            where.append(" AND CAST(e.starts_at AT TIME ZONE e.time_zone AS date) <= :to");
            params.put("to", toDate);
        }
        if (!kind.isEmpty()) {
            where.append(" AND e.kind = :kind");
            params.put("kind", kind);
        }
        String sql = "WITH found AS (SELECT e.id, e.starts_at, " + distance + " AS distance FROM event e WHERE " + where + ")"
                + " SELECT f.id, f.distance, count(*) OVER () AS total,"
                + " (SELECT coalesce(sum(1 + r.guests), 0) FROM rsvp r WHERE r.event_id = f.id AND r.status = 'GOING') AS taken"
                + " FROM found f" + (area != null && !isOnlineOnly() ? " WHERE f.distance <= :radius" : "")
                + " ORDER BY " + (area != null && !isOnlineOnly() ? "f.distance, " : "") + "f.starts_at, f.id"
                + " LIMIT :limit OFFSET :offset";
        Query q = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("limit", PAGE_SIZE + 1);
        q.setParameter("offset", (pageNumber - 1) * PAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Object[]> pageRows = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        long total = pageRows.isEmpty() ? 0 : ((Number) pageRows.get(0)[2]).longValue();
        List<Long> ids = pageRows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Event> events = ids.isEmpty() ? Map.of()
                : Event.<Event>list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Listing> listings = new ArrayList<>();
        for (Object[] r : pageRows) {
            listings.add(new Listing(events.get(((Number) r[0]).longValue()),
                    r[1] == null ? null : ((Number) r[1]).doubleValue(), ((Number) r[3]).longValue()));
        }
        return new Results(listings, total, pageNumber, hasNext);
    }

    /** This search on another page, for the pagination links. */
    public String pageUrl(int n) {
        StringBuilder q = new StringBuilder("/events?");
        add(q, "zip", zip);
        add(q, "radius", zip.isEmpty() ? "" : String.valueOf(radiusMiles));
        add(q, "from", from);
        add(q, "to", to);
        add(q, "kind", kind);
        add(q, "online", online);
        add(q, "page", n > 1 ? String.valueOf(n) : "");
        String url = q.toString();
        return url.endsWith("?") || url.endsWith("&") ? url.substring(0, url.length() - 1) : url;
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public String getRadiusValue() {
        return String.valueOf(radiusMiles);
    }

    public String getPreviousPageUrl() {
        return pageNumber > 1 ? pageUrl(pageNumber - 1) : null;
    }

    public String getNextPageUrl() {
        return pageUrl(pageNumber + 1);
    }

    public boolean isFiltered() {
        return !zip.isEmpty() || fromDate != null || toDate != null || !kind.isEmpty() || isOnlineOnly();
    }

}
