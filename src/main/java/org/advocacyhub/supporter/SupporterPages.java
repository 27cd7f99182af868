package org.advocacyhub.supporter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import org.advocacyhub.web.Csv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.audit.Audit;
import org.advocacyhub.audit.AuditAction;
import org.advocacyhub.privacy.MyData;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SiteMessages;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Coordinators find their people, see everything about one person, correct a name or ZIP, erase them,
 * tag them (one or a whole search result), and save a search as a segment. Every change and every
 * bulk action leaves one row in the audit trail.
 */
@Path("/coordinator/supporters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class SupporterPages {

    static final int NOTE_MAX = 2000;
    /** The words a redirect may show (?done=...), from SupportersMessages. */
    static final Set<String> DONE = Set.of("corrected", "erased", "tagged", "untagged", "noted", "saved", "bulk-tagged",
            "bulk-untagged", "segment-deleted");

    @Inject
    EntityManager em;

    @Inject
    Language language;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    @Inject
    MyData myData;

    @Inject
    DataSource dataSource;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SupporterSearch search, SupporterSearch.Results results, FormErrors errors,
                Choices choices, List<Segment> segments, SaveForm save, TagForm bulk, String done);

        static native TemplateInstance person(Supporter person, List<Timeline.Entry> timeline, List<Tag> tags,
                CorrectForm correct, FormErrors errors, String tagName, String done, boolean erased);

        static native TemplateInstance bulk(SupporterSearch search, TagForm form, Tag tag, long people);
    }

    /** The drop-down lists of the search form, in the reader's language. */
    public record Choices(Map<String, String> radii, Map<String, String> states, Map<String, String> languages,
            Map<String, String> subscribed, Map<String, String> tags, Map<String, String> petitions,
            Map<String, String> events, Map<String, String> campaigns, Map<String, String> sorts) {
    }

    public static class SaveForm {
        @RestForm public String name = "";
        @RestForm public String query = "";
    }

    public static class TagForm {
        @RestForm public String query = "";
        @RestForm public String tagName = "";
        /** "add" or "remove". */
        @RestForm public String mode = "add";
        /** "" on the first press (shows the count), "confirm" to do it. */
        @RestForm public String step = "";
    }

    public static class CorrectForm {
        @RestForm public String firstName = "";
        @RestForm public String lastName = "";
        @RestForm public String zip = "";
    }

    SupportersMessages m() {
        return language.bundle(SupportersMessages.class);
    }

    String controlCharacters() {
        return language.bundle(SiteMessages.class).controlCharacters();
    }

    @GET
    @Transactional
    public Response search(@BeanParam SupporterSearch search, @QueryParam("done") String done) {
        FormErrors errors = search.validate(m(), controlCharacters())
                .inFieldOrder("q", "zip", "radius", "state", "language", "subscribed", "tag", "petition", "event",
                        "attended", "campaign", "from", "to");
        SupporterSearch.Results results = errors.isAny() ? null : search.run();
        SaveForm save = new SaveForm();
        save.query = errors.isAny() ? "" : search.getQuery();
        TagForm bulk = new TagForm();
        bulk.query = save.query;
        return Response.status(errors.isAny() ? 400 : 200)
                .entity(Templates.search(search, results, errors, choices(), Segment.all(), save, bulk,
                        done != null && DONE.contains(done) ? done : null))
                .build();
    }

    Choices choices() {
        SupportersMessages m = m();
        Map<String, String> radii = new LinkedHashMap<>();
        radii.put("", m.radiusExact());
        for (int r : SupporterSearch.RADII) {
            radii.put(String.valueOf(r), m.radiusMiles(r));
        }
        Map<String, String> states = new LinkedHashMap<>();
        states.put("", m.any());
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT DISTINCT CAST(state AS text) FROM zip_area ORDER BY 1").getResultList();
        codes.forEach(c -> states.put(c, c));
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("", m.any());
        languages.put("en", m.english());
        languages.put("es", m.spanish());
        Map<String, String> subscribed = new LinkedHashMap<>();
        subscribed.put("", m.any());
        subscribed.put("yes", m.subscribedYes());
        subscribed.put("no", m.subscribedNo());
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("newest", m.sortNewest());
        sorts.put("oldest", m.sortOldest());
        sorts.put("name", m.sortName());
        sorts.put("email", m.sortEmail());
        return new Choices(radii, states, languages, subscribed, Tag.choices(m.any()),
                titles("SELECT id, title FROM petition ORDER BY created_at DESC LIMIT 200", m.any()),
                titles("SELECT id, title || ' (' || to_char(starts_at AT TIME ZONE time_zone, 'YYYY-MM-DD') || ')' FROM event"
                        + " WHERE status IN ('PUBLISHED', 'CANCELLED') ORDER BY starts_at DESC LIMIT 200", m.any()),
                titles("SELECT id, title FROM letter_campaign ORDER BY created_at DESC LIMIT 200", m.any()), sorts);
    }

    private Map<String, String> titles(String sql, String any) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", any);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        for (Object[] r : rows) {
            out.put(String.valueOf(r[0]), (String) r[1]);
        }
        return out;
    }

    // --- One person -------------------------------------------------------------------------------

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance person(@PathParam("id") long id, @QueryParam("done") String done) {
        Supporter s = find(id);
        CorrectForm form = new CorrectForm();
        form.firstName = s.firstName == null ? "" : s.firstName;
        form.lastName = s.lastName == null ? "" : s.lastName;
        form.zip = s.zip == null ? "" : s.zip;
        return personPage(s, form, FormErrors.none(), "", done != null && DONE.contains(done) ? done : null);
    }

    private TemplateInstance personPage(Supporter s, CorrectForm form, FormErrors errors, String tagName, String done) {
        return Templates.person(s, Timeline.of(s, m(), em), tagsOf(s.id), form, errors, tagName, done, s.erasedAt != null);
    }

    @SuppressWarnings("unchecked")
    List<Tag> tagsOf(long supporterId) {
        return em.createNativeQuery("""
                SELECT t.* FROM tag t JOIN supporter_tag st ON st.tag_id = t.id WHERE st.supporter_id = ?1 ORDER BY lower(t.name)
                """, Tag.class).setParameter(1, supporterId).getResultList();
    }

    /** A coordinator corrects a name or ZIP the person got wrong (they asked by phone, say). */
    @POST
    @Path("{id}/correct")
    @Transactional
    public Response correct(@PathParam("id") long id, @BeanParam CorrectForm form) {
        Supporter s = find(id);
        if (s.erasedAt != null) {
            throw new NotFoundException();
        }
        SupportersMessages m = m();
        form.firstName = form.firstName == null ? "" : form.firstName.strip();
        form.lastName = form.lastName == null ? "" : form.lastName.strip();
        form.zip = form.zip == null ? "" : form.zip.strip();
        FormErrors errors = FormErrors.none();
        if (form.firstName.length() > 100) {
            errors.add("firstName", m.tooLong(100, form.firstName.length()));
        }
        if (form.lastName.length() > 100) {
            errors.add("lastName", m.tooLong(100, form.lastName.length()));
        }
        if (!form.zip.isEmpty() && !form.zip.matches("\\d{5}")) {
            errors.add("zip", m.zipInvalid());
        }
        errors = Typed.check(form, errors, controlCharacters()).inFieldOrder("firstName", "lastName", "zip");
        if (errors.isAny()) {
            return Response.status(400).entity(personPage(s, form, errors, "", null)).build();
        }
        List<String> changed = new java.util.ArrayList<>();
        if (!form.firstName.equals(nz(s.firstName))) {
            changed.add("first name");
        }
        if (!form.lastName.equals(nz(s.lastName))) {
            changed.add("last name");
        }
        if (!form.zip.equals(nz(s.zip))) {
            changed.add("ZIP");
        }
        if (!changed.isEmpty()) {
            s.firstName = form.firstName.isEmpty() ? null : form.firstName;
            s.lastName = form.lastName.isEmpty() ? null : form.lastName;
            s.zip = form.zip.isEmpty() ? null : form.zip;
            s.persist();
            em.flush();
            audit.record(AuditAction.CORRECT, "supporter:" + id, 1, String.join(", ", changed));
        }
        return done(id, "corrected");
    }

    /** The same erasure as the person's own on /my-data: rows stay for the counts, the person goes. */
    @POST
    @Path("{id}/erase")
    @Transactional
    public Response erase(@PathParam("id") long id, @RestForm String confirm) {
        Supporter s = find(id);
        if (s.erasedAt != null) {
            return done(id, "erased");
        }
        if (!"yes".equals(confirm)) {
            CorrectForm form = new CorrectForm();
            form.firstName = nz(s.firstName);
            form.lastName = nz(s.lastName);
            form.zip = nz(s.zip);
            return Response.status(400)
                    .entity(personPage(s, form, FormErrors.none().add("confirm", m().eraseConfirmRequired()), "", null)).build();
        }
        myData.erase(id, MyData.Reason.COORDINATOR);
        audit.record(AuditAction.ERASE, "supporter:" + id, 1);
        return done(id, "erased");
    }

    @POST
    @Path("{id}/notes")
    @Transactional
    public Response note(@PathParam("id") long id, @RestForm String note) {
        Supporter s = find(id);
        String body = note == null ? "" : note.strip();
        FormErrors errors = FormErrors.none();
        if (s.erasedAt != null) {
            throw new NotFoundException();
        }
        if (body.isEmpty()) {
            errors.add("note", m().noteRequired());
        } else if (body.length() > NOTE_MAX) {
            errors.add("note", m().tooLong(NOTE_MAX, body.length()));
        }
        errors = Typed.check(errors, "note", body, true, controlCharacters());
        if (errors.isAny()) {
            return Response.status(400).entity(personPage(s, current(s), errors, "", null)).build();
        }
        em.createNativeQuery("INSERT INTO supporter_note (supporter_id, body, author_name) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, body).setParameter(3, user.getName()).executeUpdate();
        return done(id, "noted");
    }

    @POST
    @Path("{id}/tags")
    @Transactional
    public Response tag(@PathParam("id") long id, @RestForm String tagName) {
        Supporter s = find(id);
        if (s.erasedAt != null) {
            throw new NotFoundException();
        }
        String name = tagName == null ? "" : tagName.strip();
        FormErrors errors = tagNameErrors(name);
        if (errors.isAny()) {
            return Response.status(400).entity(personPage(s, current(s), errors, name, null)).build();
        }
        Tag tag = Tag.named(name);
        if (Tag.add(tag.id, id, user.getName())) {
            audit.record(AuditAction.TAG, "supporter:" + id, 1, tag.name);
        }
        return done(id, "tagged");
    }

    @POST
    @Path("{id}/tags/remove")
    @Transactional
    public Response untag(@PathParam("id") long id, @RestForm String tag) {
        find(id);
        long tagId;
        try {
            tagId = Long.parseLong(tag == null ? "" : tag.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        Tag t = Tag.findById(tagId);
        if (t != null && Tag.remove(tagId, id)) {
            audit.record(AuditAction.UNTAG, "supporter:" + id, 1, t.name);
        }
        return done(id, "untagged");
    }

    FormErrors tagNameErrors(String name) {
        FormErrors errors = FormErrors.none();
        if (name.isEmpty()) {
            errors.add("tagName", m().tagRequired());
        } else if (name.length() > Tag.NAME_MAX) {
            errors.add("tagName", m().tooLong(Tag.NAME_MAX, name.length()));
        }
        return Typed.check(errors, "tagName", name, false, controlCharacters());
    }

    // --- A whole search result --------------------------------------------------------------------

    /**
     * Tags (or untags) everyone a search finds. The first press shows how many people it will change;
     * only the second, from that page, does it.
     */
    @POST
    @Path("tags")
    @Transactional
    public Response bulkTag(@BeanParam TagForm form) {
        form.query = form.query == null ? "" : form.query;
        form.tagName = form.tagName == null ? "" : form.tagName.strip();
        form.mode = "remove".equals(form.mode) ? "remove" : "add";
        SupporterSearch search = SupporterSearch.parse(form.query);
        FormErrors searchErrors = search.validate(m(), controlCharacters());
        if (searchErrors.isAny() || !Typed.isOneLine(form.query)) {
            return Response.status(400).entity(searchPage(search, searchErrors, new SaveForm(), form)).build();
        }
        FormErrors errors = tagNameErrors(form.tagName);
        // Looked up only once the name is known to be text PostgreSQL can compare (no NUL).
        Tag existing = errors.isAny() ? null
                : Tag.find("lower(name) = ?1", form.tagName.toLowerCase(java.util.Locale.ROOT)).firstResult();
        if (!errors.isAny() && form.mode.equals("remove") && existing == null) {
            errors.add("tagName", m().tagUnknown(form.tagName));
        }
        if (errors.isAny()) {
            return Response.status(400).entity(searchPage(search, errors, new SaveForm(), form)).build();
        }
        if (!"confirm".equals(form.step)) {
            long people = form.mode.equals("add") ? search.count() : countTagged(search, existing.id);
            return Response.ok(Templates.bulk(search, form, existing, people)).build();
        }
        int changed;
        String subject = "search:" + search.getQuery();
        if (form.mode.equals("add")) {
            Tag tag = Tag.named(form.tagName);
            changed = Tag.addAll(tag.id, search, user.getName());
            audit.record(AuditAction.TAG, subject, changed, tag.name);
        } else {
            changed = Tag.removeAll(existing.id, search);
            audit.record(AuditAction.UNTAG, subject, changed, existing.name);
        }
        return Response.seeOther(URI.create(search.pageUrl(1) + (search.isFiltered() ? "&" : "?") + "done="
                + (form.mode.equals("add") ? "bulk-tagged" : "bulk-untagged"))).build();
    }

    private long countTagged(SupporterSearch search, long tagId) {
        SupporterSearch.Condition c = search.condition();
        var q = em.createNativeQuery("SELECT count(*) FROM supporter s WHERE " + c.sql()
                + " AND EXISTS (SELECT 1 FROM supporter_tag t WHERE t.supporter_id = s.id AND t.tag_id = :bulkTag)");
        return ((Number) c.apply(q).setParameter("bulkTag", tagId).getSingleResult()).longValue();
    }

    /** Saves the search under a name: a segment news can go to and that can be exported. */
    @POST
    @Path("segments")
    @Transactional
    public Response saveSegment(@BeanParam SaveForm form) {
        form.name = form.name == null ? "" : form.name.strip();
        form.query = form.query == null ? "" : form.query;
        SupporterSearch search = SupporterSearch.parse(form.query);
        FormErrors searchErrors = search.validate(m(), controlCharacters());
        if (searchErrors.isAny() || !Typed.isOneLine(form.query)) {
            return Response.status(400).entity(searchPage(search, searchErrors, form, new TagForm())).build();
        }
        SupportersMessages m = m();
        FormErrors errors = Typed.check(FormErrors.none(), "segmentName", form.name, false, controlCharacters());
        if (errors.isAny()) {
            // the control character first: PostgreSQL cannot even compare a NUL
        } else if (form.name.isEmpty()) {
            errors.add("segmentName", m.segmentNameRequired());
        } else if (form.name.length() > Segment.NAME_MAX) {
            errors.add("segmentName", m.tooLong(Segment.NAME_MAX, form.name.length()));
        } else if (Segment.named(form.name).isPresent()) {
            errors.add("segmentName", m.segmentNameTaken(form.name));
        }
        if (errors.isAny()) {
            return Response.status(400).entity(searchPage(search, errors, form, new TagForm())).build();
        }
        Segment segment = new Segment();
        segment.name = form.name;
        segment.query = search.getQuery();
        segment.createdBy = user.getName();
        segment.persist();
        em.flush();
        audit.record(AuditAction.SEGMENT_SAVED, "segment:" + segment.id, search.count(), segment.name);
        return Response.seeOther(URI.create(search.pageUrl(1) + (search.isFiltered() ? "&" : "?") + "done=saved")).build();
    }

    /** A segment no longer wanted: the search goes, the people and past news stay as they were. */
    @POST
    @Path("segments/{id}/delete")
    @Transactional
    public Response deleteSegment(@PathParam("id") long id) {
        Segment segment = Segment.findById(id);
        if (segment == null) {
            throw new NotFoundException();
        }
        segment.delete();
        return Response.seeOther(URI.create("/coordinator/supporters?done=segment-deleted")).build();
    }

    /**
     * Everyone in a segment as a CSV file, streamed row by row like the petition export (web/Csv makes
     * each cell safe for spreadsheets), and written in the audit trail with how many people it holds.
     */
    @GET
    @Path("segments/{id}/export.csv")
    @Produces("text/csv")
    @Transactional
    public Response exportSegment(@PathParam("id") long id) {
        Segment segment = Segment.findById(id);
        if (segment == null) {
            throw new NotFoundException();
        }
        SupporterSearch search = segment.search(m());
        long people = search.count();
        audit.record(AuditAction.SEGMENT_EXPORT, "segment:" + segment.id, people, segment.name);
        SupporterSearch.Jdbc where = search.condition().jdbc();
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            Csv.row(w, "First name", "Last name", "E-mail", "ZIP", "Language", "E-mail news", "Joined");
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT s.first_name, s.last_name, s.email, s.zip, s.language,
                               s.email_consent_at IS NOT NULL AND s.unsubscribed_at IS NULL, s.created_at
                        FROM supporter s WHERE %s ORDER BY s.id""".formatted(where.sql()))) {
                    ps.setFetchSize(2000);
                    for (int i = 0; i < where.values().size(); i++) {
                        ps.setObject(i + 1, where.values().get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            java.sql.Timestamp joined = rs.getTimestamp(7);
                            Csv.row(w, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getBoolean(6) ? "yes" : "no",
                                    joined == null ? "" : DateTimeFormatter.ISO_INSTANT.format(joined.toInstant()));
                        }
                    }
                } finally {
                    c.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("export failed", e);
            }
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"segment-" + segment.id + ".csv\"").build();
    }

    private TemplateInstance searchPage(SupporterSearch search, FormErrors errors, SaveForm save, TagForm bulk) {
        SupporterSearch.Results results = search.validated ? search.run() : null;
        save.query = search.validated ? search.getQuery() : "";
        bulk.query = save.query;
        return Templates.search(search, results, errors, choices(), Segment.all(), save, bulk, null);
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/coordinator/supporters/" + id + "?done=" + what)).build();
    }

    private static CorrectForm current(Supporter s) {
        CorrectForm form = new CorrectForm();
        form.firstName = nz(s.firstName);
        form.lastName = nz(s.lastName);
        form.zip = nz(s.zip);
        return form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Supporter find(long id) {
        Supporter s = Supporter.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }
}
