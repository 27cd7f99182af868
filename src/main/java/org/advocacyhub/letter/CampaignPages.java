package org.advocacyhub.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.legislator.Chamber;
import org.advocacyhub.legislator.District;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.RestForm;

/** Coordinators create letter campaigns, preview the letter, open and close them, and see the results. */
@Path("/coordinator/letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CampaignPages {

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    Language language;

    @Inject
    LobbyDayLetters lobbyDay;

    /** A letter as a sample supporter would first see it. */
    public record Preview(Legislator to, String subject, String body) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(List<LetterCampaign> campaigns);

        static native TemplateInstance form(LetterCampaign campaign, CampaignForm form, FormErrors errors,
                List<Preview> previews, Map<String, String> placeholders, Targets[] targets);

        static native TemplateInstance campaign(LetterCampaign campaign, List<Preview> previews, Letter.Tally total,
                List<Letter.Tally> byState, List<Letter.LegislatorTally> byLegislator, List<Letter.RouteTally> byRoute,
                List<MeetingLetters.Link> meetings, FormErrors meetingErrors, String meetingEvent, String meetingLegislator);
    }

    @GET
    public TemplateInstance campaigns() {
        return Templates.campaigns(LetterCampaign.all());
    }

    @GET
    @Path("new")
    public TemplateInstance newCampaign() {
        CampaignForm form = new CampaignForm();
        form.subjectTemplate = "Please act for people living with MS";
        form.bodyTemplate = """
                Dear {legislator.title} {legislator.lastName},

                I live in {supporter.city}, {legislator.state} ({supporter.zip}).

                Sincerely,
                {supporter.firstName} {supporter.lastName}""";
        return form(null, form, FormErrors.none(), List.of(), language.bundle(LetterMessages.class));
    }

    @POST
    @Path("new")
    @Transactional
    public Response create(@BeanParam CampaignForm form) {
        LetterMessages m = language.bundle(LetterMessages.class);
        FormErrors errors = Typed.check(form, form.validate(null, m), language);
        if (errors.isAny() || form.isPreview()) {
            return Response.status(errors.isAny() ? 400 : 200)
                    .entity(form(null, form, errors, errors.isAny() ? List.of() : previews(form.unsaved()), m)).build();
        }
        LetterCampaign campaign = new LetterCampaign();
        form.applyTo(campaign);
        campaign.persist();
        return Response.seeOther(URI.create("/coordinator/letters/" + campaign.id)).cookie(Flash.next("campaign-saved")).build();
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance campaign(@PathParam("id") long id) {
        LetterCampaign c = find(id);
        return page(c, FormErrors.none(), "", "");
    }

    private static TemplateInstance page(LetterCampaign c, FormErrors meetingErrors, String event, String legislator) {
        return Templates.campaign(c, previews(c), Letter.total(c), Letter.byState(c), Letter.byLegislator(c), Letter.byRoute(c),
                MeetingLetters.Link.of(c), meetingErrors, event, legislator);
    }

    /** The campaign's letters to one legislator (?legislator=bioguide id) or one state (?state=VT), to print. */
    @GET
    @Path("{id: \\d+}/lobby-day.pdf")
    @Produces("application/pdf")
    public Response lobbyDay(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("legislator") String bioguide,
            @jakarta.ws.rs.QueryParam("state") String state) {
        record Target(LetterCampaign campaign, Legislator legislator) {
        }
        Target t = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new Target(find(id),
                bioguide == null ? null : Legislator.<Legislator>find("bioguideId", bioguide.strip()).firstResult()));
        if (t.legislator() != null) {
            return lobbyDay.pdf(t.campaign(), t.legislator(), null, t.campaign().slug + "-" + t.legislator().bioguideId + ".pdf");
        }
        String st = state == null ? "" : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (bioguide != null || !st.matches("[A-Z]{2}")) {
            throw new NotFoundException();
        }
        return lobbyDay.pdf(t.campaign(), null, st, t.campaign().slug + "-" + st + ".pdf");
    }

    /** Links a meeting with a legislator (an event) to this campaign, for its hosts to print the letters. */
    @POST
    @Path("{id: \\d+}/meetings")
    @Transactional
    public Response linkMeeting(@PathParam("id") long id, @RestForm String event, @RestForm String legislator) {
        LetterCampaign c = find(id);
        LetterDeliveryMessages m = language.bundle(LetterDeliveryMessages.class);
        String slug = event == null ? "" : event.strip();
        String who = legislator == null ? "" : legislator.strip();
        FormErrors errors = Typed.check(FormErrors.none(), "meetingEvent", slug, false,
                language.bundle(org.advocacyhub.web.SiteMessages.class).controlCharacters());
        var found = errors.isAny() ? java.util.Optional.<org.advocacyhub.event.Event>empty()
                : org.advocacyhub.event.Event.findBySlug(slug).filter(e -> e.kind == org.advocacyhub.event.EventKind.LEGISLATOR_MEETING);
        if (!errors.isAny() && found.isEmpty()) {
            errors.add("meetingEvent", m.meetingNotFound());
        }
        Legislator to = Letter.byLegislator(c).stream().map(Letter.LegislatorTally::legislator)
                .filter(l -> l.bioguideId.equals(who)).findFirst().orElse(null);
        if (to == null) {
            errors.add("meetingLegislator", m.meetingLegislatorMissing());
        }
        if (errors.isAny()) {
            return Response.status(400).entity(page(c, errors.inFieldOrder("meetingEvent", "meetingLegislator"), slug, who)).build();
        }
        MeetingLetters.link(found.get(), c, to);
        return Response.seeOther(URI.create("/coordinator/letters/" + id + "#meetings")).cookie(Flash.next("campaign-saved")).build();
    }

    @GET
    @Path("{id: \\d+}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        LetterCampaign c = find(id);
        return form(c, CampaignForm.from(c), FormErrors.none(), List.of(), language.bundle(LetterMessages.class));
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam CampaignForm form) {
        LetterCampaign c = find(id);
        LetterMessages m = language.bundle(LetterMessages.class);
        FormErrors errors = Typed.check(form, form.validate(c, m), language);
        if (errors.isAny() || form.isPreview()) {
            return Response.status(errors.isAny() ? 400 : 200)
                    .entity(form(c, form, errors, errors.isAny() ? List.of() : previews(form.unsaved()), m)).build();
        }
        form.applyTo(c);
        return Response.seeOther(URI.create("/coordinator/letters/" + id)).cookie(Flash.next("campaign-saved")).build();
    }

    /** DRAFT → OPEN → CLOSED, one way only: a closed campaign's results are final. */
    @POST
    @Path("{id: \\d+}/status")
    @Transactional
    public Response status(@PathParam("id") long id, @RestForm String to) {
        LetterCampaign c = LetterCampaign.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException();
        }
        CampaignStatus next = CampaignStatus.parse(to);
        boolean allowed = c.status == CampaignStatus.DRAFT && next == CampaignStatus.OPEN
                || c.status == CampaignStatus.OPEN && next == CampaignStatus.CLOSED;
        if (!allowed) {
            throw new BadRequestException();
        }
        c.status = next;
        c.updatedAt = Instant.now();
        return Response.seeOther(URI.create("/coordinator/letters/" + id))
                .cookie(Flash.next(next == CampaignStatus.OPEN ? "campaign-opened" : "campaign-closed")).build();
    }

    /**
     * Every letter of the campaign, streamed row by row so a big campaign never sits in memory. The
     * headings, chambers and statuses stay in English whatever the page's language: a file for
     * spreadsheets and for whoever it is passed on to, read the same by every coordinator.
     */
    @GET
    @Path("{id: \\d+}/letters.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@PathParam("id") long id) {
        LetterCampaign c = find(id);
        long people = ((Number) LetterCampaign.getEntityManager().createNativeQuery(
                "SELECT count(DISTINCT supporter_id) FROM letter WHERE campaign_id = ?1").setParameter(1, c.id)
                .getSingleResult()).longValue();
        audit.record(org.advocacyhub.audit.AuditAction.EXPORT, "letter-campaign:" + c.slug, people, "letters.csv");
        Session session = LetterCampaign.getEntityManager().unwrap(Session.class);
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
            Csv.row(w, "Letter", "Written", "Legislator", "Bioguide id", "Chamber", "State", "District", "Route", "Status",
                    "Attempts", "Sent", "Last error", "First name", "Last name", "Town or city", "ZIP");
            session.doWork(conn -> {
                try (var ps = conn.prepareStatement("""
                        SELECT l.id, l.created_at, g.full_name, g.bioguide_id, g.chamber, g.state, g.district, l.route, l.status,
                               l.attempts, l.sent_at, l.last_error, s.first_name, s.last_name, l.sender_city, l.sender_zip
                        FROM letter l JOIN legislator g ON g.id = l.legislator_id JOIN supporter s ON s.id = l.supporter_id
                        WHERE l.campaign_id = ? ORDER BY l.id""")) {
                    ps.setFetchSize(500);
                    ps.setLong(1, c.id);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Csv.row(w, rs.getString(1), iso(rs.getTimestamp(2)), rs.getString(3), rs.getString(4),
                                    Chamber.valueOf(rs.getString(5)).label, rs.getString(6),
                                    rs.getObject(7) == null ? "" : rs.getString(7),
                                    DeliveryRoute.valueOf(rs.getString(8)).label,
                                    LetterStatus.valueOf(rs.getString(9)).label, rs.getString(10),
                                    iso(rs.getTimestamp(11)), rs.getString(12), rs.getString(13), rs.getString(14),
                                    rs.getString(15), rs.getString(16));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + c.slug + "-letters.csv\"").build();
    }

    private static String iso(Timestamp t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
    }

    private static TemplateInstance form(LetterCampaign c, CampaignForm form, FormErrors errors, List<Preview> previews,
            LetterMessages m) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        LetterText.PLACEHOLDERS.keySet().forEach(name -> placeholders.put("{" + name + "}", LetterText.meaning(name, m)));
        return Templates.form(c, form, errors, previews, placeholders, Targets.values());
    }

    /** The letter to one senator and one representative of the sample supporter's ZIP code, as the campaign targets. */
    static List<Preview> previews(LetterCampaign c) {
        List<Preview> previews = new ArrayList<>();
        for (District d : District.forZip(LetterText.SAMPLE_WRITER.zip())) {
            List<Legislator> sample = new ArrayList<>();
            if (c.chambers.includes(Chamber.SENATE)) {
                d.getSenators().stream().findFirst().ifPresent(sample::add);
            }
            if (c.chambers.includes(Chamber.HOUSE)) {
                sample.addAll(d.getRepresentatives());
            }
            for (Legislator l : sample) {
                previews.add(new Preview(l, LetterText.fill(c.subjectTemplate, l, LetterText.SAMPLE_WRITER),
                        LetterText.fill(c.bodyTemplate, l, LetterText.SAMPLE_WRITER)));
            }
        }
        return previews;
    }

    private static LetterCampaign find(long id) {
        LetterCampaign c = LetterCampaign.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }
}
