package org.advocacyhub.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.advocacyhub.event.Event;
import org.advocacyhub.supporter.Supporter;

/**
 * Changes to a person that a form proposed without proof that it was them (anyone can type anyone's
 * address): held until the owner follows the link we e-mail them. A null field proposes no change.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supporter_id")
    public Supporter supporter;

    public String source;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String zip;

    public String language;

    @Column(name = "consent_source")
    public String consentSource;

    @Column(name = "consent_wording")
    public String consentWording;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(name = "rsvp_guests")
    public Integer rsvpGuests;

    @Column(name = "rsvp_email_updates")
    public Boolean rsvpEmailUpdates;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "applied_at")
    public Instant appliedAt;

    public boolean isAnything() {
        return firstName != null || lastName != null || zip != null || language != null || consentSource != null
                || event != null;
    }

    public boolean isConsent() {
        return consentSource != null;
    }

    public boolean isRsvp() {
        return event != null;
    }

    public boolean isApplied() {
        return appliedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
