package org.advocacyhub.petition;

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
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.advocacyhub.web.Typed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A petition's sign form for a partner's site to show in a frame, as {@link org.advocacyhub.event.EventEmbed}
 * does for events: the petition page's checks (Signing's honeypot and signed start time, the same limits
 * and buckets), the same double opt-in (a new signature is counted once its address is confirmed by
 * e-mail; a known address's choices wait for the owner), always anonymous, and one answer for everyone.
 */
@ApplicationScoped
@Path("/embed/petitions")
@Produces(MediaType.TEXT_HTML)
public class PetitionEmbed {

    @Inject
    PublicPetitions publicPetitions;

    @Inject
    Signing signing;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Language language;

    @Inject
    EmbedFrames frames;

    @Inject
    io.vertx.ext.web.RoutingContext request;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @ConfigProperty(name = "advocacy.petitions.rate.per-ip", defaultValue = "20")
    int perIp;

    @ConfigProperty(name = "advocacy.petitions.rate.per-email", defaultValue = "5")
    int perEmail;

    @ConfigProperty(name = "advocacy.petitions.rate.window", defaultValue = "10m")
    Duration window;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance embedForm(Petition petition, PetitionPages.Standing standing, SignForm form, FormErrors errors,
                String started, String notice, String url);

        static native TemplateInstance embedThanks(Petition petition, String url);
    }

    @GET
    @Path("{slug: [a-z0-9-]+}")
    public Response form(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        language.choose(lang);
        Petition p = shown(slug);
        frames.allow(request);
        return Response.ok(page(p, new SignForm(), FormErrors.none(), null)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/thanks")
    public TemplateInstance thanks(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        language.choose(lang);
        Petition p = shown(slug);
        frames.allow(request);
        return Templates.embedThanks(p, baseUrl + "/petitions/" + p.slug);
    }

    /** The form's POST: a Vert.x route, so the CSRF filter (which needs our cookie) is not in its way. */
    void routes(@Observes Router router) {
        router.post("/embed/petitions/:slug/sign").order(-10)
                .handler(BodyHandler.create(false).setBodyLimit(64 * 1024).setDeleteUploadedFilesOnEnd(true))
                .blockingHandler(ctx -> EmbedFrames.inRequest(ctx, () -> sign(ctx)), false);
    }

    void sign(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        if (slug == null || !slug.matches("[a-z0-9-]+")) {
            throw new NotFoundException();
        }
        language.choose(EmbedFrames.field(ctx, "lang"));
        Petition p = shown(slug);
        frames.allow(ctx);
        SignForm form = new SignForm();
        form.firstName = EmbedFrames.field(ctx, "firstName");
        form.lastName = EmbedFrames.field(ctx, "lastName");
        form.email = EmbedFrames.field(ctx, "email");
        form.zip = EmbedFrames.field(ctx, "zip");
        form.comment = EmbedFrames.field(ctx, "comment");
        form.showName = EmbedFrames.field(ctx, "showName");
        form.emailUpdates = EmbedFrames.field(ctx, "emailUpdates");
        form.website = EmbedFrames.field(ctx, "website");
        form.started = EmbedFrames.field(ctx, "started");
        String tag = language.getTag();
        PetitionMessages m = language.bundle(PetitionMessages.class);
        if (!p.isSignable()) {
            EmbedFrames.respond(ctx, 409, tag, page(p, form, FormErrors.none(), null).render());
            return;
        }
        Signing.Refusal bot = signing.botCheck(form, Instant.now());
        if (bot == Signing.Refusal.NOT_A_PERSON) {
            EmbedFrames.respond(ctx, 400, tag, page(p, form, FormErrors.none(),
                    language.bundle(org.advocacyhub.share.ShareMessages.class).embedRobot()).render());
            return;
        }
        FormErrors errors = Typed.check(form, form.validate(m), language);
        if (errors.isAny()) {
            EmbedFrames.respond(ctx, 400, tag, page(p, form, errors, null).render());
            return;
        }
        if (bot == Signing.Refusal.TOO_FAST) {
            EmbedFrames.respond(ctx, 400, tag, page(p, form, errors, m.tooFast()).render());
            return;
        }
        if (!rateLimiter.allowsVisitor("sign", form.email, perIp, perEmail, window)) {
            EmbedFrames.respond(ctx, 429, tag, page(p, form, FormErrors.none(),
                    language.bundle(org.advocacyhub.share.ShareMessages.class).embedTooMany()).render());
            return;
        }
        signing.sign(p.id, form, null, tag);
        EmbedFrames.redirect(ctx, "/embed/petitions/" + slug + "/thanks?lang=" + tag);
    }

    private TemplateInstance page(Petition p, SignForm form, FormErrors errors, String notice) {
        return Templates.embedForm(p, publicPetitions.standing(p), form, errors, signing.startedToken(form.started, Instant.now()), notice,
                baseUrl + "/petitions/" + p.slug);
    }

    private Petition shown(String slug) {
        return publicPetitions.publicBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
