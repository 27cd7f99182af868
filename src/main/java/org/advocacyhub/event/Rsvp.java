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
import java.util.Optional;
import org.advocacyhub.supporter.Supporter;

/** One person's answer to one event: going (with guests), waiting for a place, or no longer coming. */
@Entity
@Table(name = "rsvp")
public class Rsvp extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supporter_id")
    public Supporter supporter;

    @Enumerated(EnumType.STRING)
    public RsvpStatus status;

    public int guests;

    @Column(name = "email_updates")
    public boolean emailUpdates;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** Places this RSVP takes: the person and their guests. */
    public int places() {
        return 1 + guests;
    }

    public boolean isGoing() {
        return status == RsvpStatus.GOING;
    }

    public boolean isWaitlisted() {
        return status == RsvpStatus.WAITLISTED;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public static Optional<Rsvp> find(Event event, Supporter supporter) {
        return find("event = ?1 and supporter = ?2", event, supporter).firstResultOptional();
    }

    public static long placesTaken(Event event) {
        Long taken = getEntityManager()
                .createQuery("select coalesce(sum(1 + r.guests), 0) from Rsvp r where r.event = ?1 and r.status = ?2", Long.class)
                .setParameter(1, event).setParameter(2, RsvpStatus.GOING).getSingleResult();
        return taken == null ? 0 : taken;
    }

    /** Attendees of an event with their supporter, in one query: going first, then the waiting list in order. */
    public static List<Rsvp> attendees(Event event) {
        return find("select r from Rsvp r join fetch r.supporter where r.event = ?1 and r.status <> ?2 "
                + "order by case when r.status = ?3 then 0 else 1 end, lower(r.supporter.lastName), lower(r.supporter.firstName), r.createdAt",
                event, RsvpStatus.CANCELLED, RsvpStatus.GOING).list();
    }

    public static List<Rsvp> waitlist(Event event) {
        return find("event = ?1 and status = ?2 order by createdAt, id", event, RsvpStatus.WAITLISTED).list();
    }

    public static List<Rsvp> ofSupporter(Supporter supporter) {
        return find("select r from Rsvp r join fetch r.event where r.supporter = ?1 and r.status <> ?2 order by r.event.startsAt",
                supporter, RsvpStatus.CANCELLED).list();
    }
}
