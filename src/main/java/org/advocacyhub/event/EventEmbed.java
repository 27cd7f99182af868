package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.advocacyhub.share.EmbedFrames;
import org.advocacyhub.web.BotCheck;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.advocacyhub.web.Typed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An event's RSVP form for a partner's site to show in a frame: no header, no account, in the language
 * the address asks for ({@code ?lang=es}). The same checks as the event page (honeypot and signed start
 * time, the same limits and buckets per address and connection, held changes for a known address). The
 * answer is always anonymous, whoever is signed in to us in that browser: the form posts without our
 * session or CSRF cookie (a framed page on another site gets neither), so it acts for nobody but what
 * was typed, and the reply is the same "we have e-mailed you" whether the address was known or not.
 */
@ApplicationScoped
@Path("/embed/events")
@Produces(MediaType.TEXT_HTML)
public class EventEmbed {

    @Inject
    PublicEvents publicEvents;

    @Inject
    RsvpDesk desk;

    @Inject
    BotCheck botCheck;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Language language;

    @Inject
    EmbedFrames frames;

    @Inject
    EventMail mail;

    @Inject
    io.vertx.ext.web.RoutingContext request;

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
        static native TemplateInstance embedForm(Event event, RsvpForm form, FormErrors errors, String started, String notice,
                String eventUrl, Long placesLeft);

        static native TemplateInstance embedThanks(Event event, String eventUrl);
    }

    @GET
    @Path("{slug: [a-z0-9-]+}")
    public Response form(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        language.choose(lang);
        Event event = shown(slug);
        frames.allow(request);
        return Response.ok(page(event, new RsvpForm(), FormErrors.none(), null)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/thanks")
    public TemplateInstance thanks(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        language.choose(lang);
        Event event = shown(slug);
        frames.allow(request);
        return Templates.embedThanks(event, mail.eventUrl(event));
    }

    /** The form's POST: a Vert.x route, so the CSRF filter (which needs our cookie) is not in its way. */
    void routes(@Observes Router router) {
        router.post("/embed/events/:slug/rsvp").order(-10)
                .handler(BodyHandler.create(false).setBodyLimit(64 * 1024).setDeleteUploadedFilesOnEnd(true))
                .blockingHandler(ctx -> EmbedFrames.inRequest(ctx, () -> rsvp(ctx)), false);
    }

    void rsvp(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        if (slug == null || !slug.matches("[a-z0-9-]+")) {
            throw new NotFoundException();
        }
        language.choose(EmbedFrames.field(ctx, "lang"));
        Event event = shown(slug);
        frames.allow(ctx);
        RsvpForm form = new RsvpForm();
        form.firstName = EmbedFrames.field(ctx, "firstName");
        form.lastName = EmbedFrames.field(ctx, "lastName");
        form.email = EmbedFrames.field(ctx, "email");
        form.zip = EmbedFrames.field(ctx, "zip");
        form.guests = EmbedFrames.field(ctx, "guests");
        form.emailUpdates = EmbedFrames.field(ctx, "emailUpdates");
        form.website = EmbedFrames.field(ctx, "website");
        form.started = EmbedFrames.field(ctx, "started");
        EventMessages m = language.bundle(EventMessages.class);
        String tag = language.getTag();
        BotCheck.Verdict bot = botCheck.check(EventPages.FORM_STARTED, form.website, form.started, minFillTime, Instant.now());
        if (bot == BotCheck.Verdict.NOT_A_PERSON) {
            EmbedFrames.respond(ctx, 400, tag, page(event, form, FormErrors.none(), m.rsvpRobot()).render());
            return;
        }
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language), event.maxGuests), language);
        if (!errors.isAny() && bot == BotCheck.Verdict.TOO_FAST) {
            EmbedFrames.respond(ctx, 400, tag, page(event, form, errors, m.rsvpTooFast()).render());
            return;
        }
        if (!errors.isAny()) {
            if (!rateLimiter.allowsVisitor("rsvp", form.email, perIp, perEmail, window)) {
                EmbedFrames.respond(ctx, 429, tag, page(event, form, FormErrors.none(), m.rsvpTooMany()).render());
                return;
            }
            try {
                desk.answer(event.id, form, null);
                publicEvents.answered(event.id);
                EmbedFrames.redirect(ctx, "/embed/events/" + slug + "/thanks?lang=" + tag);
                return;
            } catch (RsvpDesk.Refused refused) {
                errors = refused.errors;
            }
        }
        EmbedFrames.respond(ctx, 400, tag, page(shown(slug), form, errors, null).render());
    }

    /** Shown again with an error, the form keeps the time it was first shown (as the event page does). */
    private TemplateInstance page(Event event, RsvpForm form, FormErrors errors, String notice) {
        long taken = publicEvents.placesTaken(event);
        Long left = event.capacity == null ? null : Math.max(0, event.capacity - taken);
        return Templates.embedForm(event, form, errors, botCheck.keepOrRenew(EventPages.FORM_STARTED, form.started, Instant.now()), notice,
                mail.eventUrl(event), left);
    }

    /** Only what the public may see: a draft, pending or rejected event is not embeddable. */
    private Event shown(String slug) {
        return publicEvents.publicBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
