package org.advocacyhub.petition;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Open petitions, a petition's page, signing it without an account, and confirming the address. */
@Path("/petitions")
@Produces(MediaType.TEXT_HTML)
public class PetitionPages {

    @Inject
    CurrentUser user;

    @Inject
    Signing signing;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Language language;

    @Inject
    PublicPetitions publicPetitions;

    @Inject
    Flash flash;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    RoutingContext request;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @ConfigProperty(name = "advocacy.petitions.rate.per-ip", defaultValue = "20")
    int perIp;

    @ConfigProperty(name = "advocacy.petitions.rate.per-email", defaultValue = "5")
    int perEmail;

    @ConfigProperty(name = "advocacy.petitions.rate.window", defaultValue = "10m")
    Duration window;

    /** What the petition page shows besides the form. */
    public record Standing(Signature.Counts counts, int percent, List<String> recentNames) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Petition> petitions);

        static native TemplateInstance show(Petition petition, Standing standing, SignForm form, FormErrors errors,
                String started, String notice, boolean preview, String url);

        static native TemplateInstance thanks(Petition petition, Standing standing, String url, Map<String, String> shareLinks);

        static native TemplateInstance refused(Petition petition, String reason);

        static native TemplateInstance confirm(Signature signature, Petition petition, String token);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(publicPetitions.open());
    }

    /**
     * A viral petition's page is mostly seen by people without an account: they all get the same page
     * but for their own form token and start time, so it is rendered once per language and time to live
     * (PublicPetitions.page) and filled in for each of them. A signed-in person (their name in the header
     * and the form), a message to show, or a query string get the page rendered for them.
     */
    @GET
    @Path("{slug: [a-z0-9-]+}")
    public Response show(@PathParam("slug") String slug) {
        Petition p = visible(slug);
        if (user.isSignedIn() || flash.isPending() || request.request().query() != null || !p.isPublic()) {
            return Response.ok(page(p, SignForm.prefilled(user), FormErrors.none(), null)).build();
        }
        PublicPetitions.Rendered page = publicPetitions.page(p.id, language.getTag(), () -> {
            String started = signing.startedToken(Instant.now());
            String html = Templates.show(p, publicPetitions.standing(p), new SignForm(), FormErrors.none(), started, null, false,
                    baseUrl + "/petitions/" + p.slug).render();
            return new PublicPetitions.Rendered(html, csrf.getToken(), started);
        });
        return Response.ok(page.fill(csrf.getToken(), signing.startedToken(Instant.now())), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/sign")
    public Response sign(@PathParam("slug") String slug, @BeanParam SignForm form) {
        Petition p = visible(slug);
        Instant now = Instant.now();
        if (!p.isSignable()) {
            return Response.status(409).entity(page(p, form, FormErrors.none(), null)).build();
        }
        Signing.Refusal bot = signing.botCheck(form, now);
        if (bot == Signing.Refusal.NOT_A_PERSON) {
            return Response.status(400).entity(Templates.refused(p, "not-a-person")).build();
        }
        PetitionMessages m = language.bundle(PetitionMessages.class);
        FormErrors errors = Typed.check(form, form.validate(m), language);
        if (errors.isAny()) {
            return Response.status(400).entity(page(p, form, errors, null)).build();
        }
        if (bot == Signing.Refusal.TOO_FAST) {
            return Response.status(400).entity(page(p, form, errors, m.tooFast())).build();
        }
        if (!rateLimiter.allowsVisitor("sign", form.email, perIp, perEmail, window)) {
            return Response.status(429).entity(Templates.refused(p, "too-many")).build();
        }
        signing.sign(p, form, user.subjectFor(form.email), language.getTag());
        return Response.seeOther(URI.create("/petitions/" + slug + "/thanks")).build();
    }

    /** The same page for a first and a repeat signature: nobody learns whether an address had signed. */
    @GET
    @Path("{slug: [a-z0-9-]+}/thanks")
    public TemplateInstance thanks(@PathParam("slug") String slug) {
        Petition p = visible(slug);
        String url = baseUrl + "/petitions/" + p.slug;
        PetitionMessages m = language.bundle(PetitionMessages.class);
        // The same plain links as the event and letter thank-you pages (share/ShareLinks).
        Map<String, String> share = org.advocacyhub.share.ShareLinks.shareLinks(language.bundle(org.advocacyhub.share.ShareMessages.class),
                p.title, p.summary, m.shareText(p.title), url);
        return Templates.thanks(p, publicPetitions.standing(p), url, share);
    }

    /** The link in the e-mail opens this page; only its button confirms (mail scanners open links). */
    @GET
    @Path("confirm/{id}")
    public TemplateInstance confirmPage(@PathParam("id") long id, @QueryParam("token") String token) {
        Signature s = signed(id, token);
        return Templates.confirm(s, s.petition, token);
    }

    @POST
    @Path("confirm/{id}")
    public Response confirm(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm String token) {
        Signature s = signed(id, token);
        signing.confirm(id);
        return Response.seeOther(URI.create("/petitions/" + s.petition.slug)).cookie(Flash.next("signature-confirmed")).build();
    }

    TemplateInstance page(Petition p, SignForm form, FormErrors errors, String notice) {
        return Templates.show(p, publicPetitions.standing(p), form, errors, signing.startedToken(form.started, Instant.now()), notice, false,
                baseUrl + "/petitions/" + p.slug);
    }

    /** Counted fresh: the public pages read it through {@link PublicPetitions}. */
    static Standing standing(Petition p) {
        Signature.Counts counts = Signature.counts(p);
        int percent = (int) Math.min(100, counts.total() * 100 / Math.max(1, p.goal));
        return new Standing(counts, percent, Signature.recentPublicNames(p, 10));
    }

    private Signature signed(long id, String token) {
        if (!signing.isConfirmToken(id, token)) {
            throw new NotFoundException();
        }
        Signature s = Signature.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }

    private Petition visible(String slug) {
        Optional<Petition> shown = publicPetitions.publicBySlug(slug);
        if (shown.isEmpty() && user.isCoordinator()) {
            shown = Petition.findBySlug(slug);
        }
        return shown.orElseThrow(NotFoundException::new);
    }
}
