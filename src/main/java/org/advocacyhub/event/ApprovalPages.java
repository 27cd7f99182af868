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

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    CurrentUser user;

    /** A host's proposed change to a published event, with each changed field before and after. */
    public record ProposedChange(EventRevision revision, Event event, List<EventChanges.Change> changes) {
        public boolean isLogistics() {
            return changes.stream().anyMatch(EventChanges.Change::logistics);
        }

        /** When the host sent it, in the event's own time zone like every time on its pages. */
        public java.time.ZonedDateTime getProposedAt() {
            return revision.proposedAt.atZone(event.zone());
        }
    }

    @CheckedTemplate
    static class Templates {
        /** {@code rejecting}: the reason field of the one reject form that came back with a message. */
        static native TemplateInstance queue(List<Event> pending, List<ProposedChange> changes, String rejecting,
                String reason, FormErrors errors);
    }

    @GET
    public TemplateInstance queue() {
        return page(null, "", FormErrors.none());
    }

    private TemplateInstance page(String rejecting, String reason, FormErrors errors) {
        EventWords words = EventWords.of(language);
        List<ProposedChange> changes = EventRevision.queue().stream()
                .map(r -> new ProposedChange(r, r.event, EventChanges.between(r.event, r.preview(), words)))
                .toList();
        return Templates.queue(Event.pending(), changes, rejecting, reason, errors);
    }

    /**
     * Publishes a host's change: the revision's fields go into the event, and if its time, place or link
     * changed everyone going or waiting gets one e-mail saying what it was and what it is now.
     */
    @POST
    @Path("changes/{id}/approve")
    @Transactional
    public Response approveChange(@PathParam("id") long id) {
        EventRevision revision = pendingChange(id);
        Event event = revision.event;
        Event before = EventRevision.copyOf(event);
        revision.applyTo(event);
        revision.status = EventRevision.Status.APPROVED;
        revision.reviewedBySubject = user.getSubject();
        revision.reviewedAt = Instant.now();
        if (EventChanges.logisticsChanged(before, event)) {
            mail.changedForAttendees(event, before, revision);
        }
        mail.changesReviewed(event, revision);
        audit.record(org.advocacyhub.audit.AuditAction.EVENT_APPROVED, "event:" + event.slug, 0, "changes");
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-changes-approved")).build();
    }

    /** Turns a host's change down: the published version stays as it is, and the host hears why. */
    @POST
    @Path("changes/{id}/reject")
    @Transactional
    public Response rejectChange(@PathParam("id") long id, @RestForm String reason) {
        EventRevision revision = pendingChange(id);
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = reasonErrors(revision.getReasonField(), why);
        if (errors.isAny()) {
            return Response.status(400).entity(page(revision.getReasonField(), why, errors)).build();
        }
        revision.status = EventRevision.Status.REJECTED;
        revision.reviewNote = why;
        revision.reviewedBySubject = user.getSubject();
        revision.reviewedAt = Instant.now();
        mail.changesReviewed(revision.event, revision);
        audit.record(org.advocacyhub.audit.AuditAction.EVENT_REJECTED, "event:" + revision.event.slug, 0, "changes");
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-changes-rejected")).build();
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
        audit.record(org.advocacyhub.audit.AuditAction.EVENT_APPROVED, "event:" + event.slug, 0);
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-approved")).build();
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        Event event = pending(id);
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = reasonErrors(event.getReasonField(), why);
        if (errors.isAny()) {
            return Response.status(400).entity(page(event.getReasonField(), why, errors)).build();
        }
        event.status = EventStatus.REJECTED;
        event.reviewNote = why;
        event.updatedAt = Instant.now();
        mail.reviewed(event);
        audit.record(org.advocacyhub.audit.AuditAction.EVENT_REJECTED, "event:" + event.slug, 0);
        return Response.seeOther(URI.create("/coordinator/events")).cookie(Flash.next("event-rejected")).build();
    }

    private FormErrors reasonErrors(String field, String why) {
        FormErrors errors = FormErrors.none();
        EventWords words = EventWords.of(language);
        if (!Typed.isMultiLine(why)) {
            errors.add(field, Typed.message(language.getTag()));
        } else if (why.isEmpty()) {
            errors.add(field, words.m().reasonRequired());
        } else if (why.length() > 1000) {
            errors.add(field, words.tooLong(words.m().lengthReason(), 1000, why.length()));
        }
        return errors;
    }

    /**
     * A waiting change, with its event's row locked first (as the host's edit and every RSVP lock it), so
     * a review and a second edit by the host are taken one after the other. 404 once it is reviewed,
     * withdrawn, or its event is no longer published.
     */
    private static EventRevision pendingChange(long id) {
        // Only the event's id first: the revision itself is read after the lock, so it is never a stale copy.
        Long eventId = EventRevision.getEntityManager()
                .createQuery("select r.event.id from EventRevision r where r.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        Event event = Event.lockById(eventId);
        EventRevision revision = EventRevision.pendingFor(event).orElse(null);
        if (revision == null || !revision.id.equals(id) || !event.isApproved() || event.isOver()) {
            throw new NotFoundException();
        }
        return revision;
    }

    private static Event pending(long id) {
        Event event = Event.lockById(id);
        if (event == null || event.status != EventStatus.PENDING) {
            throw new NotFoundException();
        }
        return event;
    }
}
