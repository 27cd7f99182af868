package org.advocacyhub.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SiteMessages;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail: who read people's data in bulk or changed it, when, and how many people. */
@Path("/coordinator/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class AuditPages {

    static final int PAGE_SIZE = 50;
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Inject
    EntityManager em;

    @Inject
    Language language;

    public static class Filter {
        @RestQuery public String action = "";
        /** Part of the coordinator's name. */
        @RestQuery public String actor = "";
        @RestQuery public String from = "";
        @RestQuery public String to = "";
        @RestQuery public String page = "";

        LocalDate fromDate;
        LocalDate toDate;
        int pageNumber = 1;

        String query(int n) {
            StringBuilder q = new StringBuilder();
            add(q, "action", action);
            add(q, "actor", actor);
            add(q, "from", from);
            add(q, "to", to);
            add(q, "page", n > 1 ? String.valueOf(n) : "");
            return "/coordinator/audit" + (q.length() == 0 ? "" : "?" + q.substring(0, q.length() - 1));
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
            }
        }

        public String getPreviousPageUrl() {
            return pageNumber > 1 ? query(pageNumber - 1) : null;
        }

        public String getNextPageUrl() {
            return query(pageNumber + 1);
        }

        public boolean isFiltered() {
            return !action.isEmpty() || !actor.isEmpty() || !from.isEmpty() || !to.isEmpty();
        }
    }

    /** One row of the trail as the page shows it. */
    public record Row(Instant at, String actorName, String action, String subject, long people, String detail) {
        public ZonedDateTime getWhen() {
            return at.atZone(ZONE);
        }

        /** The person's page, when the entry is about one person. */
        public String getLink() {
            return subject != null && subject.matches("supporter:\\d+")
                    ? "/coordinator/supporters/" + subject.substring("supporter:".length()) : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Filter filter, List<Row> rows, boolean hasNext, FormErrors errors,
                Map<String, String> actions, int keepMonths);
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.audit.keep-months", defaultValue = "24")
    int keepMonths;

    @GET
    public Response list(@BeanParam Filter filter) {
        AuditMessages m = language.bundle(AuditMessages.class);
        filter.action = filter.action == null ? "" : filter.action.strip();
        filter.actor = filter.actor == null ? "" : filter.actor.strip();
        filter.from = filter.from == null ? "" : filter.from.strip();
        filter.to = filter.to == null ? "" : filter.to.strip();
        filter.page = filter.page == null ? "" : filter.page.strip();
        FormErrors errors = Typed.check(filter, FormErrors.none(), language.bundle(SiteMessages.class).controlCharacters());
        if (!errors.isAny()) {
            if (!filter.action.isEmpty()) {
                try {
                    AuditAction.valueOf(filter.action);
                } catch (IllegalArgumentException e) {
                    errors.add("action", m.actionInvalid());
                }
            }
            if (filter.actor.length() > 100) {
                errors.add("actor", m.tooLong(100));
            }
            filter.fromDate = date(errors, "from", filter.from, m);
            filter.toDate = date(errors, "to", filter.to, m);
            if (filter.fromDate != null && filter.toDate != null && filter.toDate.isBefore(filter.fromDate)) {
                errors.add("to", m.datesBackwards());
            }
        }
        try {
            filter.pageNumber = Math.min(100_000, Math.max(1, Integer.parseInt(filter.page)));
        } catch (NumberFormatException e) {
            filter.pageNumber = 1;
        }
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("", m.anyAction());
        for (AuditAction a : AuditAction.values()) {
            actions.put(a.name(), m.action(a.name()));
        }
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.audit(filter, List.of(), false, errors.inFieldOrder("action", "actor", "from", "to"),
                    actions, keepMonths)).build();
        }
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> params = new HashMap<>();
        if (!filter.action.isEmpty()) {
            where.append(" AND action = :action");
            params.put("action", filter.action);
        }
        if (!filter.actor.isEmpty()) {
            where.append(" AND lower(actor_name) LIKE :actor ESCAPE '\\'");
            params.put("actor", "%" + filter.actor.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.fromDate != null) {
            where.append(" AND at >= :from");
            params.put("from", filter.fromDate.atStartOfDay(ZONE).toInstant());
        }
        if (filter.toDate != null) {
            where.append(" AND at < :to");
            params.put("to", filter.toDate.plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        Query q = em.createNativeQuery("SELECT at, actor_name, action, subject, people, detail FROM audit_entry WHERE " + where
                + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", PAGE_SIZE + 1).setParameter("offset", (filter.pageNumber - 1) * PAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<Object[]> found = q.getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found.subList(0, Math.min(PAGE_SIZE, found.size()))) {
            rows.add(new Row(instant(r[0]), (String) r[1], m.action((String) r[2]), (String) r[3], ((Number) r[4]).longValue(),
                    (String) r[5]));
        }
        return Response.ok(Templates.audit(filter, rows, found.size() > PAGE_SIZE, errors, actions, keepMonths)).build();
    }

    private static LocalDate date(FormErrors errors, String field, String value, AuditMessages m) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (Typed.isPlausible(d)) {
                return d;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        errors.add(field, m.dateFormat());
        return null;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.OffsetDateTime) o).toInstant();
    }
}
