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

/** A message a host (or a coordinator) sent to an event's attendees: kept, and listed for them. */
@Entity
@Table(name = "event_message")
public class AttendeeMessage extends PanacheEntityBase {

    /** Who a message goes to. Everyone is GOING and WAITLISTED; CHECKED_IN is who came. */
    public enum Audience { GOING, WAITLISTED, CHECKED_IN, ALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName = "";

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public String subject;

    public String body;

    @Column(name = "reply_to")
    public String replyTo;

    public int recipients;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** When it was sent, in the event's time zone. */
    public java.time.ZonedDateTime getSentAt() {
        return createdAt.atZone(event.zone());
    }

    public static List<AttendeeMessage> of(Event event) {
        return find("event = ?1 order by createdAt desc, id desc", event).list();
    }

    /** Messages sent in the 24 hours before {@code now}: the daily limit counts these. */
    public static long sentSince(Event event, Instant since) {
        return count("event = ?1 and createdAt > ?2", event, since);
    }

    /**
     * The RSVPs a message to this audience reaches: people who can still be written to (never an erased
     * person, whose address is gone), whether or not they take news: event logistics are what they asked for.
     */
    public static List<Rsvp> recipients(Event event, Audience audience) {
        List<RsvpStatus> statuses = switch (audience) {
            case GOING, CHECKED_IN -> List.of(RsvpStatus.GOING);
            case WAITLISTED -> List.of(RsvpStatus.WAITLISTED);
            case ALL -> List.of(RsvpStatus.GOING, RsvpStatus.WAITLISTED);
        };
        return Rsvp.find("select r from Rsvp r join fetch r.supporter s where r.event = ?1 and r.status in ?2"
                + (audience == Audience.CHECKED_IN ? " and r.checkedInAt is not null" : "")
                + " and s.email is not null and s.erasedAt is null order by r.id", event, statuses).list();
    }
}
