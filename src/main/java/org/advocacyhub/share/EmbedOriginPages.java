package org.advocacyhub.share;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** Coordinators list the partner sites that may frame the embed pages (EmbedPages). */
@Path("/coordinator/embeds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class EmbedOriginPages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    ShareLinks site;

    @Inject
    EmbedFrames frames;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<EmbedOrigin> origins, String origin, FormErrors errors, String done, String baseUrl);
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return page("", FormErrors.none(), "added".equals(done) || "removed".equals(done) ? done : null);
    }

    @POST
    @Transactional
    public Response add(@RestForm String origin) {
        String typed = origin == null ? "" : origin.strip();
        ShareMessages m = language.bundle(ShareMessages.class);
        FormErrors errors = FormErrors.none();
        Optional<String> normal = Optional.empty();
        if (!Typed.isOneLine(typed)) {
            errors.add("origin", Typed.message(language.getTag()));
        } else if (typed.isEmpty()) {
            errors.add("origin", m.originMissing());
        } else if ((normal = EmbedOrigin.normalise(typed)).isEmpty()) {
            errors.add("origin", m.originInvalid());
        } else if (EmbedOrigin.count("origin", normal.get()) > 0) {
            errors.add("origin", m.originDuplicate());
        }
        if (errors.isAny()) {
            return Response.status(400).entity(page(typed, errors, null)).build();
        }
        EmbedOrigin o = new EmbedOrigin();
        o.origin = normal.get();
        o.addedBy = user.getName();
        o.persist();
        frames.changed();
        return Response.seeOther(URI.create("/coordinator/embeds?done=added")).build();
    }

    @POST
    @Path("{id: \\d+}/remove")
    @Transactional
    public Response remove(@PathParam("id") long id) {
        frames.changed();
        if (!EmbedOrigin.deleteById(id)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/coordinator/embeds?done=removed")).build();
    }

    private TemplateInstance page(String origin, FormErrors errors, String done) {
        return Templates.list(EmbedOrigin.listed(), origin, errors, done, site.getBaseUrl());
    }
}
