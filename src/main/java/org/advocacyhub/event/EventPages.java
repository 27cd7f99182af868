package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.supporter.Supporter;
import java.time.Duration;
import java.time.Instant;
import org.advocacyhub.web.BotCheck;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.advocacyhub.web.SignedTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Finding events, an event's page, its calendar file, and answering it. No account needed. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @Inject
    CurrentUser user;

    @Inject
    RsvpDesk desk;

    @Inject
    EventMail mail;

    @Inject
    SignedTokens tokens;

    @Inject
    Language language;

    @Inject
    PublicEvents publicEvents;

    @Inject
    BotCheck botCheck;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    MyAnswer myAnswer;

    static final String FORM_STARTED = "rsvp-form-started";

    @ConfigProperty(name = "advocacy.events.min-fill-time", defaultValue = "3s")
    Duration minFillTime;

    @ConfigProperty(name = "advocacy.events.rate.per-ip", defaultValue = "20")
    int perIp;

    @ConfigProperty(name = "advocacy.events.rate.per-email", defaultValue = "5")
    int perEmail;

    @ConfigProperty(name = "advocacy.events.rate.window", defaultValue = "10m")
    Duration window;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EventSearch search, EventSearch.Results results, FormErrors errors);

        static native TemplateInstance show(Event event, boolean manager, long placesTaken, Long placesLeft, RsvpForm form,
                FormErrors errors, Rsvp myRsvp, String myCancelToken, boolean changesWaiting, String started, String notice);
    }

    @GET
    public Response list(@BeanParam EventSearch search) {
        FormErrors errors = Typed.check(search, search.validate(EventWords.of(language)), language);
        EventSearch.Results results = errors.isAny() ? new EventSearch.Results(java.util.List.of(), 0, 1, false) : publicEvents.search(search);
        return Response.status(errors.isAny() ? 400 : 200).entity(Templates.list(search, results, errors)).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Event event = visible(slug);
        return page(event, RsvpForm.prefilled(user), FormErrors.none());
    }

    @GET
    @Path("{slug: [a-z0-9-]+}.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("slug") String slug) {
        Event event = visible(slug);
        return Response.ok(Ics.of(event, mail.eventUrl(event), URI.create(mail.eventUrl(event)).getHost()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + ".ics\"")
                .build();
    }

    /**
     * Answering, with the signing form's defences: the honeypot and minimum fill time (web/BotCheck),
     * and limits per IP address and per e-mail address. Someone who is not signed in with this verified
     * address always gets the same answer ("we have e-mailed you the details"), whether or not the
     * address was known or had answered before: only its owner's mailbox learns more.
     */
    @POST
    @Path("{slug: [a-z0-9-]+}/rsvp")
    public Response rsvp(@PathParam("slug") String slug, @BeanParam RsvpForm form) {
        Event event = visible(slug);
        EventMessages m = language.bundle(EventMessages.class);
        BotCheck.Verdict bot = botCheck.check(FORM_STARTED, form.website, form.started, minFillTime, Instant.now());
        if (bot == BotCheck.Verdict.NOT_A_PERSON) {
            return Response.status(400).entity(page(event, form, FormErrors.none(), m.rsvpRobot())).build();
        }
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language), event.maxGuests), language);
        if (!errors.isAny() && bot == BotCheck.Verdict.TOO_FAST) {
            return Response.status(400).entity(page(event, form, errors, m.rsvpTooFast())).build();
        }
        if (!errors.isAny()) {
            if (!rateLimiter.allowsVisitor("rsvp", form.email, perIp, perEmail, window)) {
                return Response.status(429).entity(page(event, form, FormErrors.none(), m.rsvpTooMany())).build();
            }
            try {
                String subject = user.subjectFor(form.email);
                RsvpDesk.Outcome outcome = desk.answer(event.id, form, subject);
                publicEvents.answered(event.id);
                String flash = subject == null ? "rsvp-received" : switch (outcome) {
                    case GOING -> "rsvp-going";
                    case WAITLISTED -> "rsvp-waitlisted";
                    case UPDATED, HELD -> "rsvp-updated";
                };
                // The thank-you page offers sharing and calendar links; the flash says what the e-mail will.
                Response.ResponseBuilder done = Response.seeOther(URI.create("/events/" + slug + "/thanks")).cookie(Flash.next(flash));
                // Someone not signed in then sees "look in your mailbox" on the event's page, not the empty form again.
                return (subject == null ? done.cookie(MyAnswer.answeredJustNow(event)) : done).build();
            } catch (RsvpDesk.Refused refused) {
                errors = refused.errors;
            }
        }
        return Response.status(400).entity(page(visible(slug), form, errors, null)).build();
    }

    private TemplateInstance page(Event event, RsvpForm form, FormErrors errors) {
        return page(event, form, errors, null);
    }

    private TemplateInstance page(Event event, RsvpForm form, FormErrors errors, String notice) {
        Rsvp mine = null;
        if (user.isSignedIn()) {
            Optional<Supporter> me = Supporter.findBySubject(user.getSubject());
            mine = me.flatMap(s -> Rsvp.find(event, s)).filter(r -> r.status != RsvpStatus.CANCELLED).orElse(null);
        }
        if (mine == null) {
            mine = myAnswer.fromCookie(event); // opened from the link we e-mailed them
        }
        long taken = publicEvents.placesTaken(event);
        Long left = event.capacity == null ? null : Math.max(0, event.capacity - taken);
        boolean manager = event.isManagedBy(user);
        // Its host and coordinators are told that what they see is the published version, not the proposal.
        boolean changesWaiting = manager && event.isApproved() && EventRevision.pendingFor(event).isPresent();
        return Templates.show(event, manager, taken, left, form, errors, mine,
                mine == null ? null : tokens.sign(RsvpPages.CANCEL_PURPOSE, mine.id), changesWaiting,
                botCheck.keepOrRenew(FORM_STARTED, form.started, Instant.now()), notice);
    }

    private Event visible(String slug) {
        Optional<Event> shown = publicEvents.publicBySlug(slug);
        if (shown.isPresent()) {
            return shown.get();
        }
        return Event.findBySlug(slug).filter(e -> e.isVisibleTo(user)).orElseThrow(NotFoundException::new);
    }
}
