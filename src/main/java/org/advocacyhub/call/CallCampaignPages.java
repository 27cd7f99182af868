package org.advocacyhub.call;

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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.dashboard.SvgChart;
import org.advocacyhub.legislator.Chamber;
import org.advocacyhub.legislator.District;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterMessages;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.RestForm;

/** Coordinators create call campaigns, preview the script, open and close them, and see the calls made. */
@Path("/coordinator/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CallCampaignPages {

    @Inject
    Language language;

    /** The script as a sample caller would read it to one legislator. */
    public record Preview(Legislator to, String script) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(List<CallCampaign> campaigns);

        static native TemplateInstance form(CallCampaign campaign, CallCampaignForm form, FormErrors errors,
                List<Preview> previews, Map<String, String> placeholders, Targets[] targets);

        static native TemplateInstance campaign(CallCampaign campaign, List<Preview> previews, Call.Tally total, String chart,
                List<CallOutcome> outcomes, List<Call.Tally> byState, List<Call.LegislatorTally> byLegislator);
    }

    @GET
    public TemplateInstance campaigns() {
        return Templates.campaigns(CallCampaign.all());
    }

    @GET
    @Path("new")
    public TemplateInstance newCampaign() {
        CallCampaignForm form = new CallCampaignForm();
        form.script = """
                Hello, my name is {caller.firstName} and I live in {caller.city}, {legislator.state}.
                I am calling to ask {legislator.title} {legislator.lastName} to support people living with MS.
                Thank you for your time.""";
        return form(null, form, FormErrors.none(), List.of());
    }

    @POST
    @Path("new")
    @Transactional
    public Response create(@BeanParam CallCampaignForm form) {
        FormErrors errors = Typed.check(form, form.validate(null, words(), language.bundle(LetterMessages.class)), language);
        if (errors.isAny() || form.isPreview()) {
            return Response.status(errors.isAny() ? 400 : 200)
                    .entity(form(null, form, errors, errors.isAny() ? List.of() : previews(form.unsaved()))).build();
        }
        CallCampaign campaign = new CallCampaign();
        form.applyTo(campaign);
        campaign.persist();
        return Response.seeOther(URI.create("/coordinator/calls/" + campaign.id)).cookie(Flash.next("campaign-saved")).build();
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance campaign(@PathParam("id") long id) {
        CallCampaign c = find(id);
        Call.Tally total = Call.total(c);
        CallMessages m = words();
        List<CallOutcome> outcomes = Arrays.asList(CallOutcome.values());
        List<String> labels = outcomes.stream().map(m::outcome).toList();
        long[] values = outcomes.stream().mapToLong(total::get).toArray();
        String chart = SvgChart.bars("chart-calls", m.chartTitle(c.title), m.chartSummary(total.getTotal(), total.getSpoke(),
                total.getVoicemail(), total.getNoAnswer()), labels, List.of(new SvgChart.Series(m.callsColumn(), values)),
                Locale.forLanguageTag(language.getTag()));
        return Templates.campaign(c, previews(c), total, chart, outcomes, Call.byState(c), Call.byLegislator(c));
    }

    @GET
    @Path("{id: \\d+}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        CallCampaign c = find(id);
        return form(c, CallCampaignForm.from(c), FormErrors.none(), List.of());
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam CallCampaignForm form) {
        CallCampaign c = find(id);
        FormErrors errors = Typed.check(form, form.validate(c, words(), language.bundle(LetterMessages.class)), language);
        if (errors.isAny() || form.isPreview()) {
            return Response.status(errors.isAny() ? 400 : 200)
                    .entity(form(c, form, errors, errors.isAny() ? List.of() : previews(form.unsaved()))).build();
        }
        form.applyTo(c);
        return Response.seeOther(URI.create("/coordinator/calls/" + id)).cookie(Flash.next("campaign-saved")).build();
    }

    /** DRAFT → OPEN → CLOSED, one way only: a closed campaign's results are final. */
    @POST
    @Path("{id: \\d+}/status")
    @Transactional
    public Response status(@PathParam("id") long id, @RestForm String to) {
        CallCampaign c = CallCampaign.findById(id, LockModeType.PESSIMISTIC_WRITE);
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
        return Response.seeOther(URI.create("/coordinator/calls/" + id))
                .cookie(Flash.next(next == CampaignStatus.OPEN ? "call-campaign-opened" : "call-campaign-closed")).build();
    }

    /**
     * Every call of the campaign, streamed. Headings and words in English whatever the page's language,
     * as the letters' CSV: a file read the same by every coordinator. No caller is in it: there is none to name.
     */
    @GET
    @Path("{id: \\d+}/calls.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@PathParam("id") long id) {
        CallCampaign c = find(id);
        Session session = CallCampaign.getEntityManager().unwrap(Session.class);
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            Csv.row(w, "Call", "Reported", "Day", "Legislator", "Bioguide id", "Chamber", "State", "District", "Outcome");
            session.doWork(conn -> {
                try (var ps = conn.prepareStatement("""
                        SELECT c.id, c.created_at, c.call_day, g.full_name, g.bioguide_id, g.chamber, g.state, g.district, c.outcome
                        FROM call c JOIN legislator g ON g.id = c.legislator_id WHERE c.campaign_id = ? ORDER BY c.id""")) {
                    ps.setFetchSize(500);
                    ps.setLong(1, c.id);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Csv.row(w, rs.getString(1), DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(2).toInstant()),
                                    rs.getString(3), rs.getString(4), rs.getString(5), Chamber.valueOf(rs.getString(6)).label,
                                    rs.getString(7), rs.getObject(8) == null ? "" : rs.getString(8),
                                    CallOutcome.valueOf(rs.getString(9)).label);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + c.slug + "-calls.csv\"").build();
    }

    private TemplateInstance form(CallCampaign c, CallCampaignForm form, FormErrors errors, List<Preview> previews) {
        CallMessages m = words();
        Map<String, String> placeholders = new LinkedHashMap<>();
        CallScript.PLACEHOLDERS.forEach(name -> placeholders.put("{" + name + "}", CallScript.meaning(name, m)));
        return Templates.form(c, form, errors, previews, placeholders, Targets.values());
    }

    /** The script for one senator and the representative of a sample caller's ZIP code, as the campaign targets. */
    static List<Preview> previews(CallCampaign c) {
        List<Preview> previews = new ArrayList<>();
        for (District d : District.forZip("05401")) {
            List<Legislator> sample = new ArrayList<>();
            if (c.chambers.includes(Chamber.SENATE)) {
                d.getSenators().stream().findFirst().ifPresent(sample::add);
            }
            if (c.chambers.includes(Chamber.HOUSE)) {
                sample.addAll(d.getRepresentatives());
            }
            for (Legislator l : sample) {
                previews.add(new Preview(l, CallScript.fill(c.script, l, CallScript.SAMPLE_CALLER)));
            }
        }
        return previews;
    }

    private CallMessages words() {
        return language.bundle(CallMessages.class);
    }

    private static CallCampaign find(long id) {
        CallCampaign c = CallCampaign.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }
}
