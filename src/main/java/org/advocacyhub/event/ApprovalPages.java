package org.advocacyhub.event;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinators' queue of events waiting for approval. */
@Path("/coordinator/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class ApprovalPages {

    @Inject
    EventMail mail;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Event> pending, Long rejecting, String reason, FormErrors errors);
    }

    @GET
    public TemplateInstance queue() {
        return Templates.queue(Event.pending(), null, "", FormErrors.none());
    }

    @POST
    @Path("{id}/approve")
    @Transactional
    public Response approve(@PathParam("id") long id) {
        Event event = pending(id);
        event.status = EventStatus.PUBLISHED;
        event.reviewNote = null;
        event.updatedAt = Instant.now();
        event.publishedAt = event.updatedAt;
        mail.reviewed(event);
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-approved")).build();
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        Event event = pending(id);
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = FormErrors.none();
        EventWords words = EventWords.of(language);
        if (!Typed.isMultiLine(why)) {
            errors.add("reason-" + id, Typed.message(language.getTag()));
        } else if (why.isEmpty()) {
            errors.add("reason-" + id, words.m().reasonRequired());
        } else if (why.length() > 1000) {
            errors.add("reason-" + id, words.tooLong(words.m().lengthReason(), 1000, why.length()));
        }
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.queue(Event.pending(), id, why, errors)).build();
        }
        event.status = EventStatus.REJECTED;
        event.reviewNote = why;
        event.updatedAt = Instant.now();
        mail.reviewed(event);
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-rejected")).build();
    }

    private static Event pending(long id) {
        Event event = Event.lockById(id);
        if (event == null || event.status != EventStatus.PENDING) {
            throw new NotFoundException();
        }
        return event;
    }
}
