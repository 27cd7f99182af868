package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.SignedTokens;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "I can't come after all", from the link in the e-mail, without an account. The link opens a page
 * whose button cancels: mail scanners open links, so a GET never changes anything.
 */
@Path("/rsvps/{id}/cancel")
@Produces(MediaType.TEXT_HTML)
public class RsvpPages {

    static final String CANCEL_PURPOSE = "rsvp-cancel";

    @Inject
    SignedTokens tokens;

    @Inject
    RsvpDesk desk;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmCancel(Rsvp rsvp, Event event, String token);
    }

    @jakarta.inject.Inject
    PublicEvents publicEvents;

    @GET
    public TemplateInstance confirm(@PathParam("id") long id, @QueryParam("token") String token) {
        Rsvp rsvp = signed(id, token);
        return Templates.confirmCancel(rsvp, rsvp.event, token);
    }

    @POST
    public Response cancel(@PathParam("id") long id, @RestForm String token) {
        Rsvp rsvp = signed(id, token);
        String slug = rsvp.event.slug;
        desk.cancel(id);
        publicEvents.answered(rsvp.event.id);
        return Response.seeOther(URI.create("/events/" + slug)).cookie(Flash.next("rsvp-cancelled"))
                .cookie(MyAnswer.forget(rsvp.event)).build();
    }

    private Rsvp signed(long id, String token) {
        if (!tokens.verify(CANCEL_PURPOSE, id, token)) {
            throw new NotFoundException();
        }
        Rsvp rsvp = Rsvp.findById(id);
        if (rsvp == null) {
            throw new NotFoundException();
        }
        return rsvp;
    }
}
