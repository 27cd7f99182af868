package org.advocacyhub.petition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;

/** Coordinators write petitions, open and close them, and deliver them: a CSV and a printable page. */
@Path("/coordinator/petitions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class PetitionAdminPages {

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    DataSource dataSource;

    @Inject
    Signing signing;

    @Inject
    Language language;

    /** One row of the coordinators' list. */
    public record Row(Petition petition, Signature.Counts counts) {
    }

    /** A signer on the delivery page: only those who chose to be shown are named. */
    public record Signer(String name, String zip, String comment) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Row> rows);

        static native TemplateInstance form(Petition petition, PetitionForm form, FormErrors errors);

        static native TemplateInstance delivery(Petition petition, Signature.Counts counts, List<Signer> signers, long unnamed);
    }

    @GET
    public TemplateInstance index() {
        List<Petition> all = Petition.list("order by createdAt desc");
        // Every petition's counts in one look at the daily roll-up (V7), a few rows per day of each
        // petition's life: counting each petition's signatures took a quarter of a second at 1M (issue 13).
        @SuppressWarnings("unchecked")
        List<Object[]> sums = Petition.getEntityManager().createNativeQuery(
                "SELECT petition_id, sum(signatures), sum(verified) FROM daily_signature GROUP BY petition_id").getResultList();
        Map<Long, Signature.Counts> counts = new HashMap<>();
        for (Object[] r : sums) {
            counts.put(((Number) r[0]).longValue(), new Signature.Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        Signature.Counts none = new Signature.Counts(0, 0);
        return Templates.index(all.stream().map(p -> new Row(p, counts.getOrDefault(p.id, none))).toList());
    }

    @GET
    @Path("new")
    public TemplateInstance newPetition() {
        PetitionForm f = new PetitionForm();
        f.target = "U.S. Congress";
        return Templates.form(null, f, FormErrors.none());
    }

    @POST
    @Path("new")
    @Transactional
    public Response create(@BeanParam PetitionForm form) {
        FormErrors errors = Typed.check(form, form.validate(null, language.bundle(PetitionMessages.class)), language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.form(null, form, errors)).build();
        }
        Petition p = new Petition();
        form.applyTo(p);
        p.status = PetitionStatus.DRAFT;
        p.persist();
        return Response.seeOther(URI.create("/coordinator/petitions/" + p.id + "/preview")).cookie(Flash.next("petition-saved")).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Petition p = find(id);
        return Templates.form(p, PetitionForm.from(p), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam PetitionForm form) {
        Petition p = find(id);
        FormErrors errors = Typed.check(form, form.validate(p, language.bundle(PetitionMessages.class)), language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.form(p, form, errors)).build();
        }
        form.applyTo(p);
        return Response.seeOther(URI.create("/coordinator/petitions/" + p.id + "/preview")).cookie(Flash.next("petition-saved")).build();
    }

    /** The public page as signers will see it, with the form shown but not sendable. */
    @GET
    @Path("{id}/preview")
    public TemplateInstance preview(@PathParam("id") long id) {
        Petition p = find(id);
        return PetitionPages.Templates.show(p, PetitionPages.standing(p), new SignForm(), FormErrors.none(),
                signing.startedToken(Instant.now()), null, true, "/petitions/" + p.slug);
    }

    @POST
    @Path("{id}/open")
    @Transactional
    public Response open(@PathParam("id") long id) {
        Petition p = find(id);
        p.status = PetitionStatus.OPEN;
        p.openedAt = p.openedAt == null ? Instant.now() : p.openedAt;
        p.closedAt = null;
        return Response.seeOther(URI.create("/coordinator/petitions")).cookie(Flash.next("petition-opened")).build();
    }

    @POST
    @Path("{id}/close")
    @Transactional
    public Response close(@PathParam("id") long id) {
        Petition p = find(id);
        p.status = PetitionStatus.CLOSED;
        p.closedAt = Instant.now();
        return Response.seeOther(URI.create("/coordinator/petitions")).cookie(Flash.next("petition-closed")).build();
    }

    /**
     * Every signature, streamed from a server-side cursor straight to the response: memory stays flat
     * whether there are ten rows or a million (checked with a 256 MB heap by PetitionExportMemoryTest).
     * The headings and yes/no stay in English whatever the page's language: a file for spreadsheets and
     * for whoever it is passed on to, read the same by every coordinator.
     */
    @GET
    @Path("{id}/signatures.csv")
    @Produces("text/csv")
    @jakarta.transaction.Transactional
    public Response csv(@PathParam("id") long id) {
        Petition p = find(id);
        long petitionId = p.id;
        audit.record(org.advocacyhub.audit.AuditAction.EXPORT, "petition:" + p.slug, Signature.counts(p).total(), "signatures.csv");
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            Csv.row(w, "First name", "Last name", "E-mail", "ZIP", "Comment", "Show name", "Signed", "Verified", "E-mail updates");
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT s.first_name, s.last_name, s.email, s.zip, g.comment, g.show_name, g.created_at, g.verified_at,
                               s.email_consent_at IS NOT NULL
                        FROM signature g JOIN supporter s ON s.id = g.supporter_id
                        WHERE g.petition_id = ? ORDER BY g.id""")) {
                    ps.setFetchSize(2000);
                    ps.setLong(1, petitionId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Csv.row(w, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getBoolean(6) ? "yes" : "no", iso(rs.getTimestamp(7)), iso(rs.getTimestamp(8)),
                                    rs.getBoolean(9) ? "yes" : "no");
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
                .header("Content-Disposition", "attachment; filename=\"" + p.slug + "-signatures.csv\"").build();
    }

    /**
     * A page to print and hand over: the text, the count, the names of those who agreed, and comments.
     * Only confirmed signatures lend their name: anyone can type anyone's address and name.
     */
    @GET
    @Path("{id}/delivery")
    public TemplateInstance delivery(@PathParam("id") long id) {
        Petition p = find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Petition.getEntityManager().createNativeQuery("""
                SELECT CASE WHEN g.show_name AND g.verified_at IS NOT NULL THEN concat_ws(' ', s.first_name, s.last_name) END,
                       s.zip, g.comment
                FROM signature g JOIN supporter s ON s.id = g.supporter_id
                WHERE g.petition_id = ?1 AND ((g.show_name AND g.verified_at IS NOT NULL) OR g.comment IS NOT NULL)
                ORDER BY g.created_at""").setParameter(1, p.id).getResultList();
        List<Signer> signers = rows.stream()
                .map(r -> new Signer((String) r[0], r[0] == null ? null : (String) r[1], (String) r[2])).toList();
        Signature.Counts counts = Signature.counts(p);
        long named = signers.stream().filter(s -> s.name() != null).count();
        return Templates.delivery(p, counts, signers, counts.total() - named);
    }

    private static String iso(java.sql.Timestamp t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
    }

    private static Petition find(long id) {
        Petition p = Petition.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        return p;
    }
}
