package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a host does: create and edit their event, cancel it, see who is coming, export the list and
 * check people in at the door. Every method checks the event is theirs (coordinators may help).
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({CurrentUser.VOLUNTEER, CurrentUser.COORDINATOR})
public class HostPages {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    CurrentUser user;

    @Inject
    RsvpDesk desk;

    @Inject
    EventMail mail;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        /**
         * {@code changesWaiting}: a host's changes to the published event wait for review; {@code proposalShown}:
         * the form shows them (to the host) rather than the published values (to a coordinator).
         */
        static native TemplateInstance form(Event event, EventForm form, FormErrors errors, boolean changesWaiting,
                boolean proposalShown);

        static native TemplateInstance attendees(Event event, List<Rsvp> attendees, long placesTaken);

        static native TemplateInstance checkIn(Event event, List<Rsvp> attendees, long going, long checkedIn);
    }

    @GET
    @Path("new")
    public TemplateInstance newEvent() {
        EventForm form = new EventForm();
        form.accessibility = "";
        return Templates.form(null, form, FormErrors.none(), false, false);
    }

    @POST
    @Path("new")
    @Transactional
    public Response create(@BeanParam EventForm form) {
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language)), language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.form(null, form, errors, false, false)).build();
        }
        Event event = new Event();
        form.applyTo(event);
        event.slug = slug(event.title);
        event.hostSubject = user.getSubject();
        event.hostName = user.getName();
        event.hostEmail = user.getEmail().isBlank() ? null : user.getEmail();
        event.hostLanguage = language.getTag();
        boolean submit = !"draft".equals(form.action);
        event.status = submit ? EventStatus.PENDING : EventStatus.DRAFT;
        event.persist();
        return Response.seeOther(URI.create("/events/" + event.slug))
                .cookie(Flash.next(submit ? "event-submitted" : "event-draft-saved")).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/edit")
    public TemplateInstance edit(@PathParam("slug") String slug) {
        Event event = managed(slug);
        EventRevision waiting = event.isApproved() ? EventRevision.pendingFor(event).orElse(null) : null;
        // The host goes on from what they proposed; a coordinator edits what is public (and finds the
        // host's proposal in the queue), so saving never publishes a proposal nobody looked at.
        boolean showProposal = waiting != null && !user.isCoordinator();
        return Templates.form(event, EventForm.from(showProposal ? waiting.preview() : event), FormErrors.none(),
                waiting != null, showProposal);
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/edit")
    @Transactional
    public Response update(@PathParam("slug") String slug, @BeanParam EventForm form, @RestForm String scope) {
        Event event = managed(slug);
        if (!event.isEditable()) {
            throw new ForbiddenException();
        }
        FormErrors errors = Typed.check(form, form.validate(EventWords.of(language)), language);
        if (errors.isAny()) {
            boolean waiting = event.isApproved() && EventRevision.pendingFor(event).isPresent();
            return Response.status(400).entity(Templates.form(event, form, errors, waiting, waiting && !user.isCoordinator()))
                    .build();
        }
        event = Event.lockById(event.id);
        // Read again under the lock: a coordinator may have approved a change since this request loaded it.
        Event.getEntityManager().refresh(event);
        // "This date and all later ones" of a series: what the host changed here, carried to each later date.
        List<Event> later = "future".equals(scope) && event.isInSeries() ? SeriesEdits.laterThan(event) : List.of();
        Event shown = later.isEmpty() ? null : shownInForm(event);
        Event wanted = null;
        if (shown != null) {
            wanted = EventRevision.copyOf(shown);
            form.applyTo(wanted);
        }
        String flash = applyEdit(event, form);
        for (Event occurrence : later) {
            Event locked = Event.lockById(occurrence.id);
            EventForm carried = EventForm.from(SeriesEdits.carry(shown, wanted, shownInForm(locked)));
            carried.action = "save";
            if (!carried.validate(EventWords.of(language)).isAny()) {
                applyEdit(locked, carried);
            }
        }
        return Response.seeOther(URI.create("/events/" + event.slug)).cookie(Flash.next(flash)).build();
    }

    /** The event as its edit form shows it to this person: a host's proposal waiting for review, else the event. */
    private Event shownInForm(Event event) {
        EventRevision waiting = event.isApproved() && !user.isCoordinator() ? EventRevision.pendingFor(event).orElse(null) : null;
        return waiting != null ? waiting.preview() : EventRevision.copyOf(event);
    }

    /** A validated edit of one event, as {@link #update} takes it; returns the flash message's key. */
    private String applyEdit(Event event, EventForm form) {
        if (event.isHostedBy(user)) {
            // The host's e-mails follow the language they last wrote in; a coordinator's edit leaves it.
            event.hostLanguage = language.getTag();
        }
        if (event.isApproved()) {
            String flash = user.isCoordinator() ? changeDirectly(event, form) : propose(event, form);
            Event.flush();
            desk.promoteWaitlist(event);
            return flash;
        }
        form.applyTo(event);
        String flash = "event-saved";
        if (event.status == EventStatus.DRAFT && "submit".equals(form.action)
                || event.status == EventStatus.REJECTED) {
            event.status = EventStatus.PENDING;
            flash = "event-submitted";
        }
        Event.flush();
        // More places may let people up from the waiting list.
        desk.promoteWaitlist(event);
        return flash;
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/cancel")
    @Transactional
    public Response cancel(@PathParam("slug") String slug) {
        Event event = Event.lockById(managed(slug).id);
        if (event.isCancelled()) {
            return Response.seeOther(URI.create("/events/" + slug)).build();
        }
        boolean wasPublic = event.isPublished();
        event.status = EventStatus.CANCELLED;
        event.updatedAt = Instant.now();
        // A proposal for an event that will not happen has nothing left to review.
        EventRevision.pendingFor(event).ifPresent(r -> r.status = EventRevision.Status.WITHDRAWN);
        if (wasPublic) {
            for (Rsvp r : Rsvp.attendees(event)) {
                mail.eventCancelled(r);
            }
        }
        return Response.seeOther(URI.create("/events/" + slug)).cookie(Flash.next("event-cancelled")).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/attendees")
    public TemplateInstance attendees(@PathParam("slug") String slug) {
        Event event = managed(slug);
        return Templates.attendees(event, Rsvp.attendees(event), Rsvp.placesTaken(event));
    }

    /** Streamed row by row from the database, so a long list never sits in memory. */
    @GET
    @Path("{slug: [a-z0-9-]+}/attendees.csv")
    @Produces("text/csv")
    @Transactional
    public Response attendeesCsv(@PathParam("slug") String slug) {
        Event event = managed(slug);
        Session session = Event.getEntityManager().unwrap(Session.class);
        long people = ((Number) Event.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM rsvp WHERE event_id = ?1 AND status <> 'CANCELLED'").setParameter(1, event.id)
                .getSingleResult()).longValue();
        audit.record(org.advocacyhub.audit.AuditAction.EXPORT, "event:" + event.slug, people, "attendees.csv");
        // Headings and words in the host's language, like the page they downloaded it from; times stay ISO 8601.
        EventWords words = EventWords.of(language);
        EventMessages m = words.m();
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
            Csv.row(w, m.csvFirstName(), m.csvLastName(), m.csvEmail(), m.csvZip(), m.csvStatus(), m.csvGuests(),
                    m.csvPlaces(), m.csvCheckedIn(), m.csvEmailUpdates(), m.csvAnswered());
            session.doWork(c -> {
                try (var ps = c.prepareStatement("""
                        SELECT s.first_name, s.last_name, s.email, s.zip, r.status, r.guests, r.checked_in_at, r.email_updates, r.created_at
                        FROM rsvp r JOIN supporter s ON s.id = r.supporter_id
                        WHERE r.event_id = ? AND r.status <> 'CANCELLED'
                        ORDER BY r.status, lower(s.last_name), lower(s.first_name), r.id""")) {
                    ps.setFetchSize(500);
                    ps.setLong(1, event.id);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int guests = rs.getInt(6);
                            var checkedIn = rs.getTimestamp(7);
                            Csv.row(w, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    words.status(RsvpStatus.valueOf(rs.getString(5))), String.valueOf(guests), String.valueOf(1 + guests),
                                    checkedIn == null ? "" : DateTimeFormatter.ISO_INSTANT.format(checkedIn.toInstant()),
                                    rs.getBoolean(8) ? m.csvYes() : m.csvNo(),
                                    DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(9).toInstant()));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + "-attendees.csv\"")
                .build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/check-in")
    public TemplateInstance checkIn(@PathParam("slug") String slug) {
        Event event = managed(slug);
        List<Rsvp> going = Rsvp.attendees(event).stream().filter(Rsvp::isGoing).toList();
        return Templates.checkIn(event, going, going.size(), going.stream().filter(Rsvp::isCheckedIn).count());
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/check-in")
    public Response checkInOne(@PathParam("slug") String slug, @RestForm long rsvp, @RestForm String undo) {
        Event event = managed(slug);
        Rsvp r = Rsvp.findById(rsvp);
        if (r == null || !r.event.id.equals(event.id)) {
            throw new NotFoundException();
        }
        boolean in = !"yes".equals(undo);
        desk.checkIn(rsvp, in);
        return Response.seeOther(URI.create("/events/" + slug + "/check-in#rsvp-" + rsvp))
                .cookie(Flash.next(in ? "checked-in" : "check-in-undone")).build();
    }

    /**
     * A host's edit to an approved event: the number of places and the guests allowed per answer apply at
     * once (numbers, and more places let people in from the waiting list); everything public waits for review as the event's one pending
     * revision, which a second edit replaces. The event row keeps the approved version meanwhile. An edit
     * that brings the event back to its published version withdraws the proposal.
     */
    private String propose(Event event, EventForm form) {
        Event proposed = EventRevision.copyOf(event);
        form.applyTo(proposed);
        if (!java.util.Objects.equals(event.capacity, proposed.capacity) || event.maxGuests != proposed.maxGuests) {
            event.capacity = proposed.capacity;
            event.maxGuests = proposed.maxGuests;
            event.updatedAt = Instant.now();
        }
        Optional<EventRevision> waiting = EventRevision.pendingFor(event);
        if (EventChanges.between(event, proposed, EventWords.of(language)).isEmpty()) {
            waiting.ifPresent(r -> r.status = EventRevision.Status.WITHDRAWN);
            return "event-saved";
        }
        EventRevision revision = waiting.orElseGet(() -> {
            EventRevision r = new EventRevision();
            r.event = event;
            r.status = EventRevision.Status.PENDING;
            return r;
        });
        revision.copyFrom(proposed);
        revision.proposedBySubject = user.getSubject();
        revision.proposedAt = Instant.now();
        revision.persist();
        return "event-changes-pending";
    }

    /**
     * A coordinator's edit to an approved event applies at once: they are the reviewers. It is kept as an
     * approved revision (who changed what, when), and a change of time, place or link is e-mailed to
     * everyone going or waiting, as when a coordinator approves a host's change. A host's proposal that
     * is waiting stays in the queue, rebased on the new published version (see {@link EventRevision#rebase}).
     */
    private String changeDirectly(Event event, EventForm form) {
        Event before = EventRevision.copyOf(event);
        form.applyTo(event);
        if (EventChanges.between(before, event, EventWords.of(language)).isEmpty()) {
            return "event-saved";
        }
        EventRevision applied = EventRevision.of(event);
        applied.status = EventRevision.Status.APPROVED;
        applied.proposedBySubject = user.getSubject();
        applied.reviewedBySubject = user.getSubject();
        applied.reviewedAt = Instant.now();
        applied.persist();
        EventRevision.pendingFor(event).ifPresent(waiting -> {
            waiting.rebase(before, event);
            if (EventChanges.between(event, waiting.preview(), EventWords.of(language)).isEmpty()) {
                waiting.status = EventRevision.Status.WITHDRAWN;
            }
        });
        if (EventChanges.logisticsChanged(before, event)) {
            mail.changedForAttendees(event, before, applied);
        }
        return "event-saved";
    }

    /** The event, if this person may manage it: 404 when it does not exist, 403 when it is someone else's. */
    private Event managed(String slug) {
        Event event = Event.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!event.isManagedBy(user)) {
            if (!event.isVisibleTo(user)) {
                throw new NotFoundException();
            }
            throw new ForbiddenException();
        }
        return event;
    }

    /** "Walk for MS research in Burlington!" → "walk-for-ms-research-in-burlington-k3x9q". */
    static String slug(String title) {
        String base = org.advocacyhub.web.Text.slug(title, 60);
        StringBuilder suffix = new StringBuilder();
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int i = 0; i < 5; i++) {
            suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return (base.isEmpty() ? "event" : base) + "-" + suffix;
    }
}
