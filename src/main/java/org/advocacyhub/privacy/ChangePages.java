package org.advocacyhub.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.Instant;
import java.util.List;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The link in a "confirm these changes" e-mail: the page lists what would change and has one button.
 * Only the button's POST applies them, because mail scanners and link previews open links.
 */
@Path("/changes/{id: [0-9]+}")
@Produces(MediaType.TEXT_HTML)
public class ChangePages {

    @Inject
    Changes changes;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(long id, String token, List<Changes.Line> lines, String state);

        static native TemplateInstance done(String outcome);
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("token") String token) {
        PendingChange p = verified(id, token);
        String state = p.isApplied() ? "applied" : p.isExpired(Instant.now()) || p.supporter.erasedAt != null ? "expired" : "open";
        return Templates.page(id, token, changes.lines(p, language.getTag()), state);
    }

    @POST
    public TemplateInstance confirm(@PathParam("id") long id, @RestForm String token) {
        verified(id, token);
        return Templates.done(changes.apply(id).name());
    }

    private PendingChange verified(long id, String token) {
        PendingChange p = changes.verify(id, token) ? PendingChange.findById(id) : null;
        if (p == null) {
            throw new NotFoundException();
        }
        return p;
    }
}
