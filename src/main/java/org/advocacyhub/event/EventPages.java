package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SignedTokens;

/** Finding events, an event's page, its calendar file, and answering it. No account needed. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @Inject
    CurrentUser user;

    @Inject
    RsvpDesk desk;

    @Inject
    EventMail mail;

    @Inject
    SignedTokens tokens;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EventSearch search, EventSearch.Results results, FormErrors errors);

        static native TemplateInstance show(Event event, boolean manager, long placesTaken, Long placesLeft, RsvpForm form,
                FormErrors errors, Rsvp myRsvp, String myCancelToken);
    }

    @GET
    public Response list(@BeanParam EventSearch search) {
        FormErrors errors = Typed.check(search, search.validate(EventWords.of(language)), language);
        EventSearch.Results results = errors.isAny() ? new EventSearch.Results(java.util.List.of(), 0, 1, false) : search.run();
        return Response.status(errors.isAny() ? 400 : 200).entity(Templates.list(search, results, errors)).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Event event = visible(slug);
        return page(event, RsvpForm.prefilled(user), FormErrors.none());
    }

    @GET
    @Path("{slug: [a-z0-9-]+}.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("slug") String slug) {
        Event event = visible(slug);
        return Response.ok(Ics.of(event, mail.eventUrl(event), URI.create(mail.eventUrl(event)).getHost()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + ".ics\"")
                .build();
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/rsvp")
    public Response rsvp(@PathParam("slug") String slug, @BeanParam RsvpForm form) {
        Event event = visible(slug);
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language)), language);
        if (!errors.isAny()) {
            try {
                RsvpDesk.Outcome outcome = desk.answer(event.id, form, user.subjectFor(form.email));
                String flash = switch (outcome) {
                    case GOING -> "rsvp-going";
                    case WAITLISTED -> "rsvp-waitlisted";
                    case UPDATED -> "rsvp-updated";
                };
                return Response.seeOther(URI.create("/events/" + slug)).cookie(Flash.next(flash)).build();
            } catch (RsvpDesk.Refused refused) {
                errors = refused.errors;
            }
        }
        return Response.status(400).entity(page(visible(slug), form, errors)).build();
    }

    private TemplateInstance page(Event event, RsvpForm form, FormErrors errors) {
        Rsvp mine = null;
        if (user.isSignedIn()) {
            Optional<Supporter> me = Supporter.findBySubject(user.getSubject());
            mine = me.flatMap(s -> Rsvp.find(event, s)).filter(r -> r.status != RsvpStatus.CANCELLED).orElse(null);
        }
        long taken = Rsvp.placesTaken(event);
        Long left = event.capacity == null ? null : Math.max(0, event.capacity - taken);
        return Templates.show(event, event.isManagedBy(user), taken, left, form, errors, mine,
                mine == null ? null : tokens.sign(RsvpPages.CANCEL_PURPOSE, mine.id));
    }

    private Event visible(String slug) {
        return Event.findBySlug(slug).filter(e -> e.isVisibleTo(user)).orElseThrow(NotFoundException::new);
    }
}
