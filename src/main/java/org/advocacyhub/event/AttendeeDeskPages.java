package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Instant;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.privacy.Changes;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The host's hand on single answers: cancel one, move someone up from the waiting list, check in a
 * walk-in who never answered, and choose the next step the thank-you e-mail offers after the event.
 * Host of that event or coordinator only; every change is a POST with the CSRF token.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({CurrentUser.VOLUNTEER, CurrentUser.COORDINATOR})
public class AttendeeDeskPages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    RsvpDesk desk;

    @Inject
    EventMail eventMail;

    @Inject
    AttendeeMail mail;

    @Inject
    Changes changes;

    @Inject
    PublicEvents publicEvents;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answer(Event event, Rsvp rsvp, long placesTaken);

        static native TemplateInstance walkIn(Event event, WalkInForm form, FormErrors errors);

        static native TemplateInstance nextStep(Event event, Map<String, String> choices, String value, FormErrors errors);
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/attendees/{id: [0-9]+}")
    public TemplateInstance answer(@PathParam("slug") String slug, @PathParam("id") long id) {
        Event event = AttendeeMessagePages.managed(slug, user);
        return Templates.answer(event, rsvpOf(event, id), Rsvp.placesTaken(event));
    }

    /** The host cancels someone's answer (they called to say so, or a double entry): the waiting list moves up. */
    @POST
    @Path("{slug: [a-z0-9-]+}/attendees/{id: [0-9]+}/cancel")
    @Transactional
    public Response cancel(@PathParam("slug") String slug, @PathParam("id") long id) {
        Event event = AttendeeMessagePages.managed(slug, user);
        Rsvp rsvp = rsvpOf(event, id);
        if (desk.cancel(rsvp.id)) {
            mail.hostCancelled(rsvp);
            publicEvents.answered(event.id);
        }
        return Response.seeOther(URI.create("/events/" + slug + "/attendees")).cookie(Flash.next("rsvp-cancelled-by-host")).build();
    }

    /** The host lets someone in from the waiting list, even past the number of places: their call to make. */
    @POST
    @Path("{slug: [a-z0-9-]+}/attendees/{id: [0-9]+}/promote")
    @Transactional
    public Response promote(@PathParam("slug") String slug, @PathParam("id") long id) {
        Event event = Event.lockById(AttendeeMessagePages.managed(slug, user).id);
        Rsvp rsvp = rsvpOf(event, id);
        Rsvp.getEntityManager().refresh(rsvp);
        if (rsvp.isWaitlisted()) {
            rsvp.status = RsvpStatus.GOING;
            rsvp.updatedAt = Instant.now();
            eventMail.promoted(rsvp);
            publicEvents.answered(event.id);
        }
        return Response.seeOther(URI.create("/events/" + slug + "/attendees")).cookie(Flash.next("rsvp-moved-up")).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/check-in/walk-in")
    public TemplateInstance walkInForm(@PathParam("slug") String slug) {
        return Templates.walkIn(AttendeeMessagePages.managed(slug, user), new WalkInForm(), FormErrors.none());
    }

    /**
     * Someone came who never answered: they are going and checked in at once, so they count as attended
     * and are in the CSV. With an address, they are the one person we know by it (a known person's details
     * wait for their own confirmation, as on every form); news consent is logged with the words read out.
     */
    @POST
    @Path("{slug: [a-z0-9-]+}/check-in/walk-in")
    @Transactional
    public Response walkIn(@PathParam("slug") String slug, @BeanParam WalkInForm form) {
        Event event = AttendeeMessagePages.managed(slug, user);
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language), words()), language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.walkIn(event, form, errors)).build();
        }
        event = Event.lockById(event.id);
        Supporter person;
        if (form.email.isEmpty()) {
            Number id = (Number) Supporter.getEntityManager().createNativeQuery("""
                    INSERT INTO supporter (email, first_name, last_name, language) VALUES (NULL, ?1, NULLIF(?2, ''), ?3)
                    RETURNING id""")
                    .setParameter(1, form.firstName).setParameter(2, form.lastName).setParameter(3, language.getTag())
                    .getSingleResult();
            person = Supporter.findById(id.longValue());
        } else {
            Supporter.Consent consent = form.isConsenting() ? language.consent("walk-in:" + event.slug) : null;
            boolean known = Supporter.findByEmail(form.email).isPresent();
            Changes.Visit visit = changes.visit(new Changes.Typed(form.email, form.firstName, form.lastName, "", consent,
                    known ? null : language.getTag(), "walk-in:" + event.slug), null);
            changes.finish(visit);
            person = visit.supporter;
        }
        Rsvp rsvp = Rsvp.find(event, person).orElse(null);
        if (rsvp == null) {
            rsvp = new Rsvp();
            rsvp.event = event;
            rsvp.supporter = person;
        }
        rsvp.status = RsvpStatus.GOING;
        rsvp.checkedInAt = Instant.now();
        rsvp.updatedAt = rsvp.checkedInAt;
        rsvp.persist();
        publicEvents.answered(event.id);
        return Response.seeOther(URI.create("/events/" + slug + "/check-in#rsvp-" + rsvp.id))
                .cookie(Flash.next("walk-in-checked-in")).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/next-step")
    @Transactional
    public TemplateInstance nextStep(@PathParam("slug") String slug) {
        Event event = AttendeeMessagePages.managed(slug, user);
        NextStep step = NextStep.findById(event.id);
        return Templates.nextStep(event, NextStep.choices(event, words()), step == null ? "" : step.value(), FormErrors.none());
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/next-step")
    @Transactional
    public Response saveNextStep(@PathParam("slug") String slug, @RestForm String step) {
        Event event = AttendeeMessagePages.managed(slug, user);
        Map<String, String> choices = NextStep.choices(event, words());
        String value = step == null ? "" : step.strip();
        if (!choices.containsKey(value)) {
            return Response.status(400).entity(Templates.nextStep(event, choices, "",
                    FormErrors.none().add("step", words().nextStepUnknown()))).build();
        }
        NextStep saved = NextStep.findById(event.id);
        if (value.isEmpty()) {
            if (saved != null) {
                saved.delete();
            }
        } else {
            if (saved == null) {
                saved = new NextStep();
                saved.eventId = event.id;
            }
            int colon = value.indexOf(':');
            saved.kind = NextStep.Kind.valueOf(value.substring(0, colon));
            saved.targetId = Long.parseLong(value.substring(colon + 1));
            saved.updatedAt = Instant.now();
            saved.persist();
        }
        return Response.seeOther(URI.create("/events/" + slug + "/attendees")).cookie(Flash.next("next-step-saved")).build();
    }

    private static Rsvp rsvpOf(Event event, long id) {
        Rsvp rsvp = Rsvp.findById(id);
        if (rsvp == null || !rsvp.event.id.equals(event.id)) {
            throw new NotFoundException();
        }
        return rsvp;
    }

    private AttendeeMessages words() {
        return language.bundle(AttendeeMessages.class);
    }
}
