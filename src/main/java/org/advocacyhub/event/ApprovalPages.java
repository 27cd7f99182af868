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

    /**
     * One entry of the queue: a new event, or a whole series of them (reviewed once) with all its dates.
     * {@code e} is the first date; its id is what the approve and reject forms post.
     */
    public record PendingEntry(Event e, List<Event> dates) {
        public boolean isSeries() {
            return dates.size() > 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        /**
         * {@code rejecting}: the reason field of the one reject form that came back with a message;
         * {@code approved}: the event just approved, named in the message at the top.
         */
        static native TemplateInstance queue(List<PendingEntry> pending, List<ProposedChange> changes, String rejecting,
                String reason, FormErrors errors, Event approved, int approvedCount);
    }

    @GET
    public TemplateInstance queue(@org.jboss.resteasy.reactive.RestQuery Long approved) {
        TemplateInstance page = page(null, "", FormErrors.none());
        // Names the event just approved; only one approved in the last minutes, so an old link says nothing.
        Event just = approved == null ? null : Event.findById(approved);
        if (just != null && just.isPublished() && just.publishedAt != null
                && just.publishedAt.isAfter(Instant.now().minus(java.time.Duration.ofMinutes(10)))) {
            int count = just.isInSeries() ? (int) Event.count("seriesId = ?1 and publishedAt = ?2", just.seriesId, just.publishedAt) : 1;
            page.data("approved", just).data("approvedCount", count);
        }
        return page;
    }

    private TemplateInstance page(String rejecting, String reason, FormErrors errors) {
        EventWords words = EventWords.of(language);
        List<ProposedChange> changes = EventRevision.queue().stream()
                .map(r -> new ProposedChange(r, r.event, EventChanges.between(r.event, r.preview(), words)))
                .toList();
        return Templates.queue(pendingEntries(), changes, rejecting, reason, errors, null, 0);
    }

    /** The events waiting, oldest first, each series once with its dates. */
    static List<PendingEntry> pendingEntries() {
        java.util.Map<Object, List<Event>> groups = new java.util.LinkedHashMap<>();
        for (Event e : Event.pending()) {
            groups.computeIfAbsent(e.seriesId == null ? (Object) ("event-" + e.id) : e.seriesId, k -> new java.util.ArrayList<>()).add(e);
        }
        return groups.values().stream().map(dates -> {
            List<Event> sorted = dates.stream().sorted(java.util.Comparator.comparing((Event d) -> d.startsAt).thenComparing(d -> d.id))
                    .toList();
            return new PendingEntry(sorted.get(0), sorted);
        }).toList();
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
        List<Event> events = pendingWithSeries(id);
        Instant now = Instant.now();
        for (Event event : events) {
            event.status = EventStatus.PUBLISHED;
            event.reviewNote = null;
            event.updatedAt = now;
            event.publishedAt = now;
        }
        // One e-mail to the host for a series, about its first date, not one per date.
        mail.reviewed(events.get(0));
        for (Event event : events) {
            audit.record(org.advocacyhub.audit.AuditAction.EVENT_APPROVED, "event:" + event.slug, 0);
        }
        return Response.seeOther(URI.create("/coordinator/events?approved=" + events.get(0).id)).build();
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        List<Event> events = pendingWithSeries(id);
        Event event = events.get(0);
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = reasonErrors(event.getReasonField(), why);
        if (errors.isAny()) {
            return Response.status(400).entity(page(event.getReasonField(), why, errors)).build();
        }
        for (Event e : events) {
            e.status = EventStatus.REJECTED;
            e.reviewNote = why;
            e.updatedAt = Instant.now();
        }
        mail.reviewed(event);
        for (Event e : events) {
            audit.record(org.advocacyhub.audit.AuditAction.EVENT_REJECTED, "event:" + e.slug, 0);
        }
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

    /**
     * The pending event and, when it is one of a series, every pending date of that series (the series is
     * reviewed once), first date first, each row locked.
     */
    private static List<Event> pendingWithSeries(long id) {
        Event event = pending(id);
        if (!event.isInSeries()) {
            return List.of(event);
        }
        List<Event> dates = new java.util.ArrayList<>();
        for (Event d : Event.<Event>list("seriesId = ?1 and status = ?2 order by startsAt, id", event.seriesId, EventStatus.PENDING)) {
            dates.add(Event.lockById(d.id));
        }
        return dates;
    }

    private static Event pending(long id) {
        Event event = Event.lockById(id);
        if (event == null || event.status != EventStatus.PENDING) {
            throw new NotFoundException();
        }
        return event;
    }
}
