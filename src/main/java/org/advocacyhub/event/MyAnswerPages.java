package org.advocacyhub.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.advocacyhub.web.SignedTokens;

/** Opening the e-mailed link: it proves the mailbox, so this browser may see the answer from now on. */
@Path("/rsvps/{id: [0-9]+}/answer")
public class MyAnswerPages {

    @Inject
    SignedTokens tokens;

    @Inject
    MyAnswer myAnswer;

    @GET
    public Response open(@PathParam("id") long id, @QueryParam("token") String token) {
        if (!tokens.verify(RsvpPages.CANCEL_PURPOSE, id, token)) {
            throw new NotFoundException();
        }
        Rsvp rsvp = Rsvp.findById(id);
        if (rsvp == null) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/events/" + rsvp.event.slug + "#your-answer")).cookie(myAnswer.seen(rsvp))
                .build();
    }
}
