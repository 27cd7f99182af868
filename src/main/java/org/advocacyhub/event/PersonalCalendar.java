package org.advocacyhub.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.advocacyhub.web.SignedTokens;

/**
 * A person's own calendar file, with the link to join an online event: the address is in their
 * confirmation e-mail, signed for their answer. Calendar apps that subscribe to it keep reading it, so
 * it answers only while the answer stands: after "I can't come" (or their data is erased) it is 404,
 * and the public {@code /events/{slug}.ics} never carries the link.
 */
@Path("/rsvps/{id}/calendar.ics")
public class PersonalCalendar {

    static final String PURPOSE = "rsvp-calendar";

    @Inject
    SignedTokens tokens;

    @Inject
    EventMail mail;

    @GET
    @Produces("text/calendar")
    @Transactional
    public Response calendar(@PathParam("id") long id, @QueryParam("token") String token) {
        if (!tokens.verify(PURPOSE, id, token)) {
            throw new NotFoundException();
        }
        Rsvp rsvp = Rsvp.findById(id);
        if (rsvp == null || rsvp.status != RsvpStatus.GOING || rsvp.supporter.erasedAt != null
                || !(rsvp.event.isPublished() || rsvp.event.isCancelled())) {
            throw new NotFoundException();
        }
        Event event = rsvp.event;
        return Response.ok(Ics.withOnlineLink(event, mail.eventUrl(event), URI.create(mail.eventUrl(event)).getHost()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + ".ics\"")
                // Personal: no shared cache keeps it, and the address does not travel on as a Referer.
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
