package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;

/** A local event a volunteer hosts. Times are instants, shown in the event's own time zone. */
@Entity
@Table(name = "event")
@jakarta.persistence.EntityListeners(PublicEvents.Listener.class)
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
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
    public Integer capacity;

    /** Guests one RSVP may bring (0 to 10, the host's choice): a script cannot fill the room with parties of ten. */
    @Column(name = "max_guests")
    public int maxGuests = 2;

    @Enumerated(EnumType.STRING)
    public Accessibility accessibility;

    @Column(name = "accessibility_notes")
    public String accessibilityNotes;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** Why a coordinator turned it down, for the host. */
    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "host_subject")
    public String hostSubject;

    @Column(name = "host_name")
    public String hostName;

    @Column(name = "host_email")
    public String hostEmail;

    /** "en" or "es": the language the host last wrote the event in, which their e-mails about it follow. */
    @Column(name = "host_language")
    public String hostLanguage = "en";

    /** The {@link EventSeries} this event is one occurrence of, or null for a one-off. */
    @Column(name = "series_id")
    public Long seriesId;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Event> hostedBy(String subject) {
        return list("hostSubject = ?1 order by startsAt desc", subject);
    }

    public static List<Event> pending() {
        return list("status = ?1 order by createdAt", EventStatus.PENDING);
    }

    /** Locks the row for the rest of the transaction: RSVPs to one event queue up here, one at a time. */
    public static Event lockById(Long id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean isHostedBy(CurrentUser user) {
        return user.isSignedIn() && hostSubject.equals(user.getSubject());
    }

    /** Host tools (attendees, check-in, edit, cancel): the host and every coordinator. */
    public boolean isManagedBy(CurrentUser user) {
        return isHostedBy(user) || user.isCoordinator();
    }

    /**
     * Anyone sees a published event, and one cancelled after it was published (people who were coming
     * need to see that); drafts, pending, rejected ones only their host and coordinators.
     */
    public boolean isVisibleTo(CurrentUser user) {
        return status == EventStatus.PUBLISHED || (status == EventStatus.CANCELLED && publishedAt != null)
                || isManagedBy(user);
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    /**
     * A coordinator has approved it and it is still public: from here on, a host's change to what the
     * public reads waits for review ({@link EventRevision}) instead of going live.
     */
    public boolean isApproved() {
        return status == EventStatus.PUBLISHED && publishedAt != null;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean isOver() {
        return endsAt.isBefore(Instant.now());
    }

    public boolean isOpenForRsvp() {
        return isPublished() && !isOver();
    }

    public boolean isEditable() {
        return status != EventStatus.CANCELLED && !isOver();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime getStart() {
        return startsAt.atZone(zone());
    }

    public ZonedDateTime getEnd() {
        return endsAt.atZone(zone());
    }

    /**
     * "Burlington Library, 235 College St, Burlington, VT 05401": the address, words-free. Pages and
     * e-mails show {@code {event.place}} ({@link EventWords#place}), which says "Online" in the reader's language.
     */
    public String address() {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {venueName, street, city}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        s.append(s.isEmpty() ? "" : ", ").append(state == null ? "" : state + " ").append(zip == null ? "" : zip);
        return s.toString().strip();
    }

    public boolean isInSeries() {
        return seriesId != null;
    }

    /** The name of this event's field on the approval queue, where every event has its own reject form. */
    public String getReasonField() {
        return "reason-" + id;
    }
}
