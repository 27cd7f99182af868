package org.advocacyhub.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.privacy.Changes;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;

/**
 * Answers to events: going, on the waiting list, or not coming after all. Every change to an event's
 * RSVPs first locks the event's row, so concurrent answers are counted one at a time: the last place
 * goes to exactly one person, and a double click updates rather than taking a second place.
 */
@ApplicationScoped
public class RsvpDesk {

    @Inject
    Language language;

    @Inject
    EventMail mail;

    @Inject
    Changes changes;

    @Inject
    PublicEvents publicEvents;

    /** A refusal the person can fix; thrown inside the transaction so nothing is stored. */
    public static class Refused extends RuntimeException {
        public final transient FormErrors errors;

        Refused(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    /**
     * GOING and WAITLISTED: a new answer, placed. UPDATED: a signed-in person changed their own answer.
     * HELD: an answer for an address we know that already had one; any change waits for the owner's
     * confirmation (privacy/Changes), so a stranger cannot re-open a cancelled answer or change guests.
     */
    public enum Outcome { GOING, WAITLISTED, UPDATED, HELD }

    /** What confirming a held change did. */
    public enum Confirmed { DONE, NO_ROOM, CLOSED }

    @Transactional
    public Outcome answer(long eventId, RsvpForm form, String keycloakSubject) {
        return answer(eventId, form, keycloakSubject, null, false);
    }

    /**
     * As {@link #answer(long, RsvpForm, String)}, for an answer that a partner's tool collected and
     * relays through the API: if the person opted in there, the consent is recorded as given there
     * (once the person confirms it, as on our own forms).
     */
    @Transactional
    public Outcome answerRelayed(long eventId, RsvpForm form, Supporter.Consent consentGivenThere) {
        return answer(eventId, form, null, consentGivenThere, true);
    }

    private Outcome answer(long eventId, RsvpForm form, String keycloakSubject, Supporter.Consent consentGivenElsewhere,
            boolean relayed) {
        Event event = Event.lockById(eventId);
        if (event == null || !event.isOpenForRsvp()) {
            throw new Refused(FormErrors.none().add("firstName", language.bundle(EventMessages.class).noLongerTakingRsvps()));
        }
        Supporter.Consent consent = !form.isConsenting() ? null
                : consentGivenElsewhere != null ? consentGivenElsewhere : language.consent("rsvp:" + event.slug);
        // A relayed answer (a partner's form, in a language we do not know) keeps the one we knew them by.
        Changes.Visit visit = changes.visit(new Changes.Typed(form.email, form.firstName, form.lastName, form.zip, consent,
                relayed ? null : language.getTag(), consent != null ? consent.source() : "rsvp:" + event.slug), keycloakSubject);
        Supporter supporter = visit.supporter;
        Rsvp rsvp = Rsvp.find(event, supporter).orElse(null);
        if (!visit.direct && rsvp != null) {
            boolean same = rsvp.status != RsvpStatus.CANCELLED && rsvp.guests == form.guestCount
                    && rsvp.emailUpdates == form.isConsenting();
            if (!same) {
                visit.proposeRsvp(event, form.guestCount, form.isConsenting());
            }
            changes.finish(visit);
            return Outcome.HELD;
        }
        changes.finish(visit);
        if (rsvp != null && rsvp.status != RsvpStatus.CANCELLED) {
            if (!fitsWithGuests(event, rsvp, form.guestCount)) {
                long free = event.capacity - (Rsvp.placesTaken(event) - rsvp.places());
                throw new Refused(FormErrors.none().add("guests",
                        language.bundle(EventMessages.class).partyTooBig(free, free - 1)));
            }
            rsvp.guests = form.guestCount;
            rsvp.emailUpdates = form.isConsenting();
            rsvp.updatedAt = Instant.now();
            return Outcome.UPDATED;
        }
        return place(event, supporter, rsvp, form.guestCount, form.isConsenting()).isGoing() ? Outcome.GOING : Outcome.WAITLISTED;
    }

    /** Whether a going answer still fits with this many guests (always, on the waiting list or with no cap). */
    private static boolean fitsWithGuests(Event event, Rsvp rsvp, int guests) {
        if (!rsvp.isGoing() || event.capacity == null) {
            return true;
        }
        long others = Rsvp.placesTaken(event) - rsvp.places();
        return 1 + guests <= event.capacity - others;
    }

    /** A new answer, or a cancelled one taken up again: going if the party fits, else waiting. Event locked. */
    private Rsvp place(Event event, Supporter supporter, Rsvp rsvp, int guests, boolean emailUpdates) {
        long taken = Rsvp.placesTaken(event);
        if (rsvp == null) {
            rsvp = new Rsvp();
            rsvp.event = event;
            rsvp.supporter = supporter;
        }
        rsvp.guests = guests;
        rsvp.emailUpdates = emailUpdates;
        rsvp.createdAt = Instant.now();
        rsvp.updatedAt = rsvp.createdAt;
        boolean fits = event.capacity == null || taken + rsvp.places() <= event.capacity;
        rsvp.status = fits ? RsvpStatus.GOING : RsvpStatus.WAITLISTED;
        rsvp.persist();
        mail.rsvpConfirmation(rsvp);
        return rsvp;
    }

    /**
     * The owner confirmed an answer a form proposed for them (privacy/Changes): a new or re-opened
     * answer is placed as a new one would be; other guests apply if the party still fits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Confirmed confirmChange(long eventId, long supporterId, int guests, boolean emailUpdates) {
        Event event = Event.lockById(eventId);
        if (event == null || !event.isOpenForRsvp()) {
            return Confirmed.CLOSED;
        }
        Supporter supporter = Supporter.findById(supporterId);
        Rsvp rsvp = Rsvp.find(event, supporter).orElse(null);
        if (rsvp != null) {
            Rsvp.getEntityManager().refresh(rsvp);
        }
        if (rsvp == null || rsvp.status == RsvpStatus.CANCELLED) {
            place(event, supporter, rsvp, guests, emailUpdates);
            return Confirmed.DONE;
        }
        if (!fitsWithGuests(event, rsvp, guests)) {
            return Confirmed.NO_ROOM;
        }
        rsvp.guests = guests;
        rsvp.emailUpdates = emailUpdates;
        rsvp.updatedAt = Instant.now();
        Rsvp.flush();
        // Fewer guests free places: the waiting list moves up.
        promoteWaitlist(event);
        return Confirmed.DONE;
    }

    /** The person is not coming after all: their places go to the waiting list, in order. */
    @Transactional
    public boolean cancel(long rsvpId) {
        Rsvp rsvp = Rsvp.findById(rsvpId);
        if (rsvp == null) {
            return false;
        }
        Event event = Event.lockById(rsvp.event.id);
        Rsvp.getEntityManager().refresh(rsvp);
        if (rsvp.status == RsvpStatus.CANCELLED) {
            return false;
        }
        rsvp.status = RsvpStatus.CANCELLED;
        rsvp.updatedAt = Instant.now();
        Rsvp.flush();
        promoteWaitlist(event);
        return true;
    }

    /**
     * An erased person is not coming: their answers to events that have not ended are cancelled, their
     * places freed and the waiting lists moved up (with the usual e-mail to who moves up). Answers to
     * past events stay, nameless, so attendance counts stay true. Returns how many were cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelUpcomingOf(long supporterId) {
        List<Long> ids = Rsvp.find("select r.id from Rsvp r where r.supporter.id = ?1 and r.status <> ?2 and r.event.endsAt > ?3",
                supporterId, RsvpStatus.CANCELLED, Instant.now()).project(Long.class).list();
        int cancelled = 0;
        for (long id : ids) {
            if (cancel(id)) {
                cancelled++;
                publicEvents.answered(Rsvp.<Rsvp>findById(id).event.id);
            }
        }
        return cancelled;
    }

    /**
     * Moves people up from the waiting list, first come first served, while their party fits.
     * Must run with the event locked.
     */
    List<Rsvp> promoteWaitlist(Event event) {
        List<Rsvp> promoted = new ArrayList<>();
        if (!event.isPublished()) {
            return promoted;
        }
        long free = event.capacity == null ? Long.MAX_VALUE : event.capacity - Rsvp.placesTaken(event);
        for (Rsvp waiting : Rsvp.waitlist(event)) {
            if (waiting.places() > free) {
                break;
            }
            waiting.status = RsvpStatus.GOING;
            waiting.updatedAt = Instant.now();
            free -= waiting.places();
            promoted.add(waiting);
            mail.promoted(waiting);
        }
        return promoted;
    }

    @Transactional
    public void checkIn(long rsvpId, boolean in) {
        Rsvp rsvp = Rsvp.findById(rsvpId);
        rsvp.checkedInAt = in ? Instant.now() : null;
    }
}
