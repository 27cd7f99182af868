package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an event that a coordinator had already approved. A host's edit waits here as
 * {@link Status#PENDING} while the event row keeps serving the approved version to every reader (its
 * page, search, the .ics file, reminders, the API); approving copies it into the event. A coordinator's
 * own edit is applied at once and kept here as {@link Status#APPROVED}, so every change to a published
 * event leaves a row. It holds every public field of the event but the number of places, which a host
 * changes directly (a number carries no words or links, and more places must let people in at once).
 */
@Entity
@Table(name = "event_revision")
public class EventRevision extends PanacheEntityBase {

    public enum Status {
        PENDING, APPROVED, REJECTED,
        /** The host edited the event back to its published version, or it was cancelled, before review. */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "time_zone")
    public String timeZone;

    public boolean online;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(name = "venue_name")
    public String venueName;

    public String street;
    public String city;
    public String state;
    public String zip;
    public Double latitude;
    public Double longitude;

    @Enumerated(EnumType.STRING)
    public Accessibility accessibility;

    @Column(name = "accessibility_notes")
    public String accessibilityNotes;

    @Column(name = "proposed_by_subject")
    public String proposedBySubject;

    @Column(name = "proposed_at")
    public Instant proposedAt = Instant.now();

    @Column(name = "reviewed_by_subject")
    public String reviewedBySubject;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** Why a coordinator turned it down, for the host. */
    @Column(name = "review_note")
    public String reviewNote;

    /** The proposal waiting for review for this event, if any (at most one: a unique index sees to it). */
    public static Optional<EventRevision> pendingFor(Event event) {
        return find("event = ?1 and status = ?2", event, Status.PENDING).firstResultOptional();
    }

    /** The coordinators' queue: proposals for events that are still published and not over, oldest first. */
    public static List<EventRevision> queue() {
        return find("select r from EventRevision r join fetch r.event e where r.status = ?1 and e.status = ?2 "
                + "and e.endsAt > ?3 order by r.proposedAt, r.id", Status.PENDING, EventStatus.PUBLISHED, Instant.now()).list();
    }

    /** The public fields of an event as they are now, not yet stored. */
    public static EventRevision of(Event source) {
        EventRevision r = new EventRevision();
        r.event = source;
        r.copyFrom(source);
        return r;
    }

    /** Takes the public fields of an event (or of a transient one a form was applied to). */
    void copyFrom(Event e) {
        title = e.title;
        description = e.description;
        kind = e.kind;
        startsAt = e.startsAt;
        endsAt = e.endsAt;
        timeZone = e.timeZone;
        online = e.online;
        onlineUrl = e.onlineUrl;
        venueName = e.venueName;
        street = e.street;
        city = e.city;
        state = e.state;
        zip = e.zip;
        latitude = e.latitude;
        longitude = e.longitude;
        accessibility = e.accessibility;
        accessibilityNotes = e.accessibilityNotes;
    }

    /** Puts this revision's public fields into the event; nothing else of the event changes. */
    void applyTo(Event e) {
        e.title = title;
        e.description = description;
        e.kind = kind;
        e.startsAt = startsAt;
        e.endsAt = endsAt;
        e.timeZone = timeZone;
        e.online = online;
        e.onlineUrl = onlineUrl;
        e.venueName = venueName;
        e.street = street;
        e.city = city;
        e.state = state;
        e.zip = zip;
        e.latitude = latitude;
        e.longitude = longitude;
        e.accessibility = accessibility;
        e.accessibilityNotes = accessibilityNotes;
        e.updatedAt = Instant.now();
    }

    /**
     * The event as it would read with this revision applied: a detached copy, never stored, for the
     * host's edit form and for "before" and "after" in the review and the e-mails.
     */
    Event preview() {
        Event p = copyOf(event);
        applyTo(p);
        return p;
    }

    /** A detached copy of an event, never stored: what it was before a change is applied. */
    static Event copyOf(Event e) {
        Event p = new Event();
        p.id = e.id;
        p.slug = e.slug;
        p.status = e.status;
        p.capacity = e.capacity;
        p.maxGuests = e.maxGuests;
        p.publishedAt = e.publishedAt;
        p.hostSubject = e.hostSubject;
        p.hostName = e.hostName;
        p.hostEmail = e.hostEmail;
        p.hostLanguage = e.hostLanguage;
        p.createdAt = e.createdAt;
        p.updatedAt = e.updatedAt;
        EventRevision r = new EventRevision();
        r.copyFrom(e);
        r.applyTo(p);
        p.updatedAt = e.updatedAt;
        return p;
    }

    /**
     * After a coordinator changed the published event directly, a waiting proposal follows that change
     * wherever the host had left the field as it was: approving it later then applies only what the host
     * changed, never quietly undoing the coordinator's edit. Where both changed a field, the host's value
     * stays and the review shows it against the coordinator's.
     */
    void rebase(Event before, Event after) {
        if (Objects.equals(title, before.title)) {
            title = after.title;
        }
        if (Objects.equals(description, before.description)) {
            description = after.description;
        }
        if (kind == before.kind) {
            kind = after.kind;
        }
        if (Objects.equals(startsAt, before.startsAt) && Objects.equals(endsAt, before.endsAt)
                && Objects.equals(timeZone, before.timeZone)) {
            startsAt = after.startsAt;
            endsAt = after.endsAt;
            timeZone = after.timeZone;
        }
        if (online == before.online && Objects.equals(onlineUrl, before.onlineUrl) && Objects.equals(venueName, before.venueName)
                && Objects.equals(street, before.street) && Objects.equals(city, before.city)
                && Objects.equals(state, before.state) && Objects.equals(zip, before.zip)) {
            online = after.online;
            onlineUrl = after.onlineUrl;
            venueName = after.venueName;
            street = after.street;
            city = after.city;
            state = after.state;
            zip = after.zip;
            latitude = after.latitude;
            longitude = after.longitude;
        }
        if (accessibility == before.accessibility) {
            accessibility = after.accessibility;
        }
        if (Objects.equals(accessibilityNotes, before.accessibilityNotes)) {
            accessibilityNotes = after.accessibilityNotes;
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Whether the host proposed it (a coordinator's edits are applied, never proposed). */
    public boolean isProposedByHost() {
        return event != null && event.hostSubject.equals(proposedBySubject);
    }

    /** The name of this revision's reason field on the approval queue, apart from the new events' ones. */
    public String getReasonField() {
        return "reason-change-" + id;
    }
}
