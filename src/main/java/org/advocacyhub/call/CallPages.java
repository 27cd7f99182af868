package org.advocacyhub.call;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.legislator.LegislatorMessages;
import org.advocacyhub.letter.LetterMessages;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.BotCheck;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.advocacyhub.web.SignedTokens;
import org.advocacyhub.web.Typed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calling your legislators, no account needed: your first name, town and ZIP code (and your district
 * when the ZIP code has several), then each legislator with the script filled in and their numbers as
 * big tel: links, and after each call, what happened. A call is recorded once per caller, legislator,
 * campaign and day; the caller is a random id in a signed cookie (also carried in the form, for
 * browsers that refuse cookies), or their e-mail address when they give one. Nothing they type is kept.
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
public class CallPages {

    static final String FORM_STARTED = "call-form-started";
    static final String CALLER = "caller";
    static final String COOKIE = "caller";
    /** Calls are counted by the day in the country's eastern time, where Congress sits. */
    static final ZoneId CONGRESS = ZoneId.of("America/New_York");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Language language;

    @Inject
    BotCheck botCheck;

    @Inject
    SignedTokens tokens;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    PublicCalls publicCalls;

    @ConfigProperty(name = "advocacy.calls.min-fill-time", defaultValue = "3s")
    Duration minFillTime;

    @ConfigProperty(name = "advocacy.calls.rate.per-ip", defaultValue = "60")
    int perIp;

    @ConfigProperty(name = "advocacy.calls.rate.per-caller", defaultValue = "20")
    int perCaller;

    @ConfigProperty(name = "advocacy.calls.rate.window", defaultValue = "10m")
    Duration window;

    /** One legislator to call: the script for them, their numbers, and what this caller already reported today. */
    public record Callee(int index, Legislator legislator, String script, String dcTel, DistrictOffices.Nearest nearest,
            CallOutcome reported) {
        public String getFieldId() {
            return "outcome-" + index;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CallCampaign> campaigns);

        static native TemplateInstance campaign(CallCampaign campaign, CallerForm form, FormErrors errors, String started);

        static native TemplateInstance district(CallCampaign campaign, CallerForm form, CallerForm.Callees callees,
                boolean senatorsOnlyAllowed, FormErrors errors);

        static native TemplateInstance call(CallCampaign campaign, CallerForm form, List<Callee> callees, List<CallOutcome> outcomes,
                FormErrors errors, String notice, String recorded);

        static native TemplateInstance refused(CallCampaign campaign, String reason);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(publicCalls.open());
    }

    @GET
    @Path("{slug: [a-z0-9-]+}")
    public TemplateInstance campaign(@PathParam("slug") String slug) {
        CallCampaign c = publicCalls.publicBySlug(slug);
        if (c == null) {
            throw new NotFoundException();
        }
        return Templates.campaign(c, new CallerForm(), FormErrors.none(), botCheck.startedToken(FORM_STARTED, Instant.now()));
    }

    /** Whom to call (after the district, when the ZIP code has several). */
    @POST
    @Path("{slug: [a-z0-9-]+}/call")
    @Transactional
    public Response call(@PathParam("slug") String slug, @BeanParam CallerForm form, @CookieParam(COOKIE) String cookie) {
        CallCampaign campaign = open(slug);
        if (botCheck.check(FORM_STARTED, form.website, form.started, Duration.ZERO, Instant.now()) != null) {
            return Response.status(400).entity(Templates.refused(campaign, "not-a-person")).build();
        }
        Step step = check(campaign, form);
        if (step.page != null) {
            return step.page;
        }
        String caller = callerToken(form.caller, cookie);
        form.caller = caller;
        return Response.ok(page(campaign, form, step.callees, FormErrors.none(), null, null)).build();
    }

    /** After a call: what happened, recorded once per caller, legislator, campaign and day. */
    @POST
    @Path("{slug: [a-z0-9-]+}/outcome")
    @Transactional
    public Response outcome(@PathParam("slug") String slug, @BeanParam CallerForm form, @CookieParam(COOKIE) String cookie) {
        CallCampaign campaign = open(slug);
        BotCheck.Verdict bot = botCheck.check(FORM_STARTED, form.website, form.started, minFillTime, Instant.now());
        if (bot == BotCheck.Verdict.NOT_A_PERSON) {
            return Response.status(400).entity(Templates.refused(campaign, "not-a-person")).build();
        }
        Step step = check(campaign, form);
        if (step.page != null) {
            return step.page;
        }
        String caller = callerToken(form.caller, cookie);
        form.caller = caller;
        CallMessages m = language.bundle(CallMessages.class);
        Legislator to = step.callees.legislators().stream().filter(l -> l.bioguideId.equals(CallerForm.strip(form.legislator)))
                .findFirst().orElse(null);
        if (to == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        int index = step.callees.legislators().indexOf(to);
        CallOutcome outcome = CallOutcome.parse(form.outcome);
        if (outcome == null) {
            FormErrors errors = FormErrors.none().add("outcome-" + index,
                    m.outcomeMissing(language.bundle(LegislatorMessages.class).named(to, to.lastName)));
            return Response.status(400).entity(page(campaign, form, step.callees, errors, null, null)).build();
        }
        if (bot == BotCheck.Verdict.TOO_FAST) {
            return Response.status(400).entity(page(campaign, form, step.callees, FormErrors.none(), m.tooFast(), null)).build();
        }
        String key = callerKey(form.email, caller);
        if (!rateLimiter.allowsVisitor("calls", key, perIp, perCaller, window)) {
            return Response.status(429).entity(Templates.refused(campaign, "too-many")).build();
        }
        Call.record(campaign, to, key, outcome, LocalDate.now(CONGRESS));
        String recorded = m.recorded(language.bundle(LegislatorMessages.class).named(to, to.lastName), m.outcome(outcome));
        return Response.ok(page(campaign, form, step.callees, FormErrors.none(), null, recorded))
                .cookie(cookie(caller)).build();
    }

    private record Step(Response page, CallerForm.Callees callees) {
    }

    private Step check(CallCampaign campaign, CallerForm form) {
        FormErrors errors = Typed.check(form, form.validate(language.bundle(LetterMessages.class), language.bundle(CallMessages.class)),
                language);
        String started = form.started;
        if (errors.isAny()) {
            return new Step(Response.status(400).entity(Templates.campaign(campaign, form, errors, started)).build(), null);
        }
        CallerForm.Callees callees = CallerForm.Callees.find(campaign.chambers, form.zip, form.district);
        if (!callees.isZipKnown()) {
            errors.add("zip", language.bundle(LegislatorMessages.class).unknownZip(form.zip));
            return new Step(Response.status(400).entity(Templates.campaign(campaign, form, errors, started)).build(), null);
        }
        if (callees.needsChoice()) {
            boolean answered = !CallerForm.strip(form.district).isEmpty();
            if (answered) {
                errors.add("district", language.bundle(LetterMessages.class).districtMissing());
            }
            return new Step(Response.status(answered ? 400 : 200).entity(Templates.district(campaign, form, callees,
                    callees.canCallSenatorsOnly(campaign.chambers), errors)).build(), null);
        }
        if (callees.legislators().isEmpty()) {
            errors.add("zip", language.bundle(LetterMessages.class).noneForZip(campaign.chambers, form.zip));
            return new Step(Response.status(400).entity(Templates.campaign(campaign, form, errors, started)).build(), null);
        }
        form.district = callees.getChoice();
        return new Step(null, callees);
    }

    private TemplateInstance page(CallCampaign campaign, CallerForm form, CallerForm.Callees callees, FormErrors errors,
            String notice, String recorded) {
        Map<Long, CallOutcome> reported = Call.reportedToday(campaign, callerKey(form.email, form.caller), LocalDate.now(CONGRESS));
        List<Callee> list = new ArrayList<>();
        for (Legislator l : callees.legislators()) {
            list.add(new Callee(list.size(), l, CallScript.fill(campaign.script, l, form.caller()), CallScript.tel(l.phone),
                    DistrictOffices.nearest(l, form.zip).orElse(null), reported.get(l.id)));
        }
        return Templates.call(campaign, form, list, Arrays.asList(CallOutcome.values()), errors, notice, recorded);
    }

    /** The caller's signed id: from the form, else the cookie, else a new one. */
    private String callerToken(String fromForm, String fromCookie) {
        for (String t : new String[] {fromForm, fromCookie}) {
            if (callerId(t) != null) {
                return t.strip();
            }
        }
        long id = RANDOM.nextLong() & Long.MAX_VALUE;
        return id + "." + tokens.sign(CALLER, id);
    }

    private Long callerId(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = token.strip().split("\\.", 2);
        try {
            long id = Long.parseLong(parts[0]);
            return parts.length == 2 && tokens.verify(CALLER, id, parts[1]) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A keyed hash of the e-mail address when given, else of the caller's id: the table never holds either. */
    String callerKey(String email, String callerToken) {
        String e = CallerForm.strip(email);
        if (!e.isEmpty()) {
            return tokens.hash("caller-email", Supporter.normaliseEmail(e));
        }
        Long id = callerId(callerToken);
        return id == null ? null : tokens.hash("caller-id", String.valueOf(id));
    }

    private static NewCookie cookie(String caller) {
        return new NewCookie.Builder(COOKIE).value(caller).path("/calls").maxAge((int) Duration.ofDays(30).toSeconds())
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static CallCampaign open(String slug) {
        return CallCampaign.findBySlug(slug).filter(CallCampaign::isOpen).orElseThrow(NotFoundException::new);
    }
}
