package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** A coordinator chooses whether they get the daily e-mail of events waiting for approval ({@link EventDigest}). */
@Path("/coordinator/digest")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class DigestPages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        /** {@code saved}: "on" or "off" just after saving, else null. */
        static native TemplateInstance digest(boolean daily, String email, String saved);
    }

    @GET
    public TemplateInstance digest(@RestQuery String saved) {
        CoordinatorDigest d = CoordinatorDigest.findById(user.getSubject());
        return Templates.digest(d != null && d.daily, user.getEmail(), "on".equals(saved) || "off".equals(saved) ? saved : null);
    }

    /** Kept by the Keycloak subject, with the account's address and the language of this page. */
    @POST
    @Transactional
    public Response save(@RestForm String daily) {
        CoordinatorDigest d = CoordinatorDigest.findById(user.getSubject());
        if (d == null) {
            d = new CoordinatorDigest();
            d.subject = user.getSubject();
        }
        boolean on = "yes".equals(daily) && !user.getEmail().isBlank();
        d.daily = on;
        d.email = user.getEmail().isBlank() ? (d.email == null ? "" : d.email) : user.getEmail();
        d.language = language.getTag();
        d.updatedAt = Instant.now();
        d.persist();
        return Response.seeOther(URI.create("/coordinator/digest?saved=" + (on ? "on" : "off"))).build();
    }
}
