package org.advocacyhub.event;

import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The coordinators' filter of all events, as it sits in the URL (so a filtered list can be bookmarked
 * and its CSV is the same list): status, the days it starts (in the event's own time zone, as its page
 * says them), state, kind, host (part of the name or e-mail), online or in person, order and page.
 */
public class EventFilter {

    static final int PAGE_SIZE = 25;
    /** The most rows a CSV holds: far more than a year of events, and the file stays small. */
    static final int CSV_MAX = 20_000;

    @RestQuery public String status = "";
    @RestQuery public String from = "";
    @RestQuery public String to = "";
    @RestQuery public String state = "";
    @RestQuery public String kind = "";
    @RestQuery public String host = "";
    @RestQuery public String online = "";
    @RestQuery public String sort = "";
    @RestQuery public String page = "";

    EventStatus statusValue;
    LocalDate fromDate;
    LocalDate toDate;
    EventKind kindValue;
    int pageNumber = 1;

    /** One page of the list: its events, the places taken at each, how many in all. */
    public record Results(List<Event> events, Map<Long, Long> going, long total, int page) {
        public long going(Event e) {
            return going.getOrDefault(e.id, 0L);
        }

        public boolean isHasNext() {
            return (long) page * PAGE_SIZE < total;
        }

        public long getFirst() {
            return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
        }

        public long getLast() {
            return Math.min(total, (long) page * PAGE_SIZE);
        }
    }

    FormErrors validate(SeriesMessages m) {
        FormErrors errors = FormErrors.none();
        status = nz(status);
        statusValue = null;
        for (EventStatus s : EventStatus.values()) {
            if (s.name().equals(status)) {
                statusValue = s;
            }
        }
        if (statusValue == null) {
            status = "";
        }
        fromDate = date(errors, "from", from, m);
        toDate = date(errors, "to", to, m);
        state = nz(state).toUpperCase(Locale.ROOT);
        if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
            errors.add("state", m.stateInvalid());
        }
        kind = nz(kind);
        kindValue = EventKind.parse(kind);
        if (kindValue == null) {
            kind = "";
        }
        host = nz(host);
        if (host.length() > 200) {
            host = host.substring(0, 200);
        }
        online = "yes".equals(online) || "no".equals(online) ? online : "";
        sort = "desc".equals(sort) ? "desc" : "";
        try {
            pageNumber = Math.min(100_000, Math.max(1, Integer.parseInt(nz(page))));
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        return errors.inFieldOrder("status", "from", "to", "state", "kind", "host", "online", "sort");
    }

    /** The page asked for. */
    Results page() {
        List<Long> ids = ids(PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE);
        Query count = Event.getEntityManager().createNativeQuery("SELECT count(*) FROM event e" + where());
        parameters().forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Event> events = load(ids);
        return new Results(events, going(ids), total, pageNumber);
    }

    /** Every event of the filter, for the CSV, in the list's order. */
    List<Event> all() {
        return load(ids(CSV_MAX, 0));
    }

    Map<Long, Long> going(List<Long> ids) {
        Map<Long, Long> going = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return going;
        }
        List<Object[]> rows = Event.getEntityManager().createQuery(
                "select r.event.id, sum(1 + r.guests) from Rsvp r where r.event.id in ?1 and r.status = ?2 group by r.event.id", Object[].class)
                .setParameter(1, ids).setParameter(2, RsvpStatus.GOING).getResultList();
        for (Object[] r : rows) {
            going.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return going;
    }

    private List<Long> ids(int limit, int offset) {
        Query q = Event.getEntityManager().createNativeQuery("SELECT e.id FROM event e" + where()
                + " ORDER BY e.starts_at " + ("desc".equals(sort) ? "DESC, e.id DESC" : "ASC, e.id ASC") + " LIMIT " + limit
                + " OFFSET " + offset);
        parameters().forEach(q::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object o : q.getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    private static List<Event> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> byId = new LinkedHashMap<>();
        for (Event e : Event.<Event>list("id in ?1", ids)) {
            byId.put(e.id, e);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private String where() {
        List<String> conditions = new ArrayList<>();
        if (statusValue != null) {
            conditions.add("e.status = :status");
        }
        // The day as the event's own calendar has it: an evening in Hawaii is not the next day in UTC.
        if (fromDate != null) {
            conditions.add("(e.starts_at AT TIME ZONE e.time_zone)::date >= :fromDate");
        }
        if (toDate != null) {
            conditions.add("(e.starts_at AT TIME ZONE e.time_zone)::date <= :toDate");
        }
        if (!state.isEmpty()) {
            conditions.add("e.state = :state");
        }
        if (kindValue != null) {
            conditions.add("e.kind = :kind");
        }
        if (!host.isEmpty()) {
            conditions.add("(e.host_name ILIKE :host ESCAPE '\\' OR e.host_email ILIKE :host ESCAPE '\\')");
        }
        if (!online.isEmpty()) {
            conditions.add("yes".equals(online) ? "e.online" : "NOT e.online");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (statusValue != null) {
            p.put("status", statusValue.name());
        }
        if (fromDate != null) {
            p.put("fromDate", fromDate);
        }
        if (toDate != null) {
            p.put("toDate", toDate);
        }
        if (!state.isEmpty()) {
            p.put("state", state);
        }
        if (kindValue != null) {
            p.put("kind", kindValue.name());
        }
        if (!host.isEmpty()) {
            p.put("host", "%" + host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return p;
    }

    /** This filter on another page (0: without a page), for the links and the CSV. */
    public String url(String path, int n) {
        StringBuilder q = new StringBuilder(path).append('?');
        add(q, "status", status);
        add(q, "from", from);
        add(q, "to", to);
        add(q, "state", state);
        add(q, "kind", kind);
        add(q, "host", host);
        add(q, "online", online);
        add(q, "sort", sort);
        add(q, "page", n > 1 ? String.valueOf(n) : "");
        String url = q.toString();
        return url.substring(0, url.length() - 1);
    }

    public String getPreviousPageUrl() {
        return pageNumber > 1 ? url(CoordinatorEventList.PATH, pageNumber - 1) : null;
    }

    public String getNextPageUrl() {
        return url(CoordinatorEventList.PATH, pageNumber + 1);
    }

    public String getCsvUrl() {
        return url(CoordinatorEventList.PATH + "/events.csv", 0);
    }

    public boolean isFiltered() {
        return statusValue != null || fromDate != null || toDate != null || !state.isEmpty() || kindValue != null
                || !host.isEmpty() || !online.isEmpty();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    private static LocalDate date(FormErrors errors, String field, String value, SeriesMessages m) {
        String v = nz(value);
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (org.advocacyhub.web.Typed.isPlausible(d)) {
                return d;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        errors.add(field, m.dateInvalid());
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
