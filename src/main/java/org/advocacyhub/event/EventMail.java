package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SignedTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every e-mail about events, queued in the caller's transaction (the outbox sends it later). */
@ApplicationScoped
public class EventMail {

    @Inject
    Outbox outbox;

    @Inject
    SignedTokens tokens;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rsvpConfirmation(Event event, Rsvp rsvp, String eventUrl, String cancelUrl, String calendarUrl);

        static native TemplateInstance promoted(Event event, Rsvp rsvp, String eventUrl, String cancelUrl, String calendarUrl);

        static native TemplateInstance eventCancelled(Event event, Rsvp rsvp, String eventUrl);

        static native TemplateInstance reviewed(Event event, String eventUrl);

        static native TemplateInstance eventChanged(Event event, Rsvp rsvp, java.util.List<EventChanges.Change> changes,
                String eventUrl, String cancelUrl);

        static native TemplateInstance changesReviewed(Event event, EventRevision revision, String eventUrl, String editUrl);
    }

    public String eventUrl(Event e) {
        return baseUrl + "/events/" + e.slug;
    }

    public String cancelUrl(Rsvp r) {
        return baseUrl + "/rsvps/" + r.id + "/cancel?token=" + tokens.sign(RsvpPages.CANCEL_PURPOSE, r.id);
    }

    /** The person's own calendar file, with the link to join; 404 once they cancel (PersonalCalendar). */
    public String calendarUrl(Rsvp r) {
        return baseUrl + "/rsvps/" + r.id + "/calendar.ics?token=" + tokens.sign(PersonalCalendar.PURPOSE, r.id);
    }

    // Every e-mail is in its recipient's language, whoever's request (or job) sends it: a supporter's
    // is stored with their last answer, a host's with their event.

    void rsvpConfirmation(Rsvp r) {
        EventMessages m = words(r).m();
        String subject = r.isGoing() ? m.subjectGoing(r.event.title) : m.subjectWaitlisted(r.event.title);
        queue(r, subject, Templates.rsvpConfirmation(r.event, r, eventUrl(r.event), cancelUrl(r),
                r.isGoing() ? calendarUrl(r) : null), "rsvp-confirmation", null, true);
    }

    void promoted(Rsvp r) {
        queue(r, words(r).m().subjectPromoted(r.event.title),
                Templates.promoted(r.event, r, eventUrl(r.event), cancelUrl(r), calendarUrl(r)), "rsvp-promoted", null, true);
    }

    void eventCancelled(Rsvp r) {
        queue(r, words(r).m().subjectCancelled(r.event.title), Templates.eventCancelled(r.event, r, eventUrl(r.event)),
                "event-cancelled", "event-cancelled:" + r.id, true);
    }

    /** To the host, in the language they wrote the event in, not the reviewing coordinator's. */
    void reviewed(Event e) {
        if (e.hostEmail == null || e.hostEmail.isBlank()) {
            return;
        }
        String language = Language.supportedOrDefault(e.hostLanguage);
        EventMessages m = EventWords.of(language).m();
        String subject = e.isPublished() ? m.subjectApproved(e.title) : m.subjectRejected(e.title);
        outbox.queue(Email.of(e.isPublished() ? "event-approved" : "event-rejected", e.hostEmail, subject,
                Templates.reviewed(e, eventUrl(e)).setLocale(language).render()));
    }

    /**
     * One e-mail to each person going or on the waiting list when an approved event's time, place or link
     * changed: what it was and what it is now, in their language, with the new calendar file. The key
     * names the revision, so the same change is never sent to a person twice.
     */
    void changedForAttendees(Event event, Event before, EventRevision revision) {
        for (Rsvp r : Rsvp.attendees(event)) {
            EventWords words = words(r);
            queue(r, EventChanges.review(words).subjectChanged(event.title),
                    Templates.eventChanged(event, r, EventChanges.logistics(before, event, words), eventUrl(event), cancelUrl(r)),
                    "event-changed", "event-changed:" + revision.id + ":" + r.id, true);
        }
    }

    /** To the host, when a coordinator approved or turned down their changes to a published event. */
    void changesReviewed(Event e, EventRevision revision) {
        if (e.hostEmail == null || e.hostEmail.isBlank()) {
            return;
        }
        String language = Language.supportedOrDefault(e.hostLanguage);
        EventReviewMessages m = EventChanges.review(EventWords.of(language));
        boolean approved = revision.status == EventRevision.Status.APPROVED;
        String subject = approved ? m.subjectChangesApproved(e.title) : m.subjectChangesRejected(e.title);
        outbox.queue(Email.of(approved ? "event-changes-approved" : "event-changes-rejected", e.hostEmail, subject,
                Templates.changesReviewed(e, revision, eventUrl(e), eventUrl(e) + "/edit").setLocale(language).render())
                .withDedupeKey("event-revision-reviewed:" + revision.id));
    }

    private static EventWords words(Rsvp r) {
        return EventWords.of(r.supporter.language);
    }

    private boolean queue(Rsvp r, String subject, TemplateInstance text, String kind, String dedupeKey, boolean ics) {
        if (r.supporter.email == null) {
            return false; // a walk-in who gave no address, or an erased person: nobody to write to
        }
        Email email = Email.of(kind, r.supporter.email, subject,
                text.setLocale(Language.supportedOrDefault(r.supporter.language)).render());
        if (r.event.hostEmail != null) {
            email = email.withReplyTo(r.event.hostEmail);
        }
        if (dedupeKey != null) {
            email = email.withDedupeKey(dedupeKey);
        }
        if (ics) {
            // The link to join only for a person going: the waiting list gets the public file.
            String host = URI.create(baseUrl).getHost();
            email = email.withAttachment("event.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                    r.isGoing() ? Ics.withOnlineLink(r.event, eventUrl(r.event), host) : Ics.of(r.event, eventUrl(r.event), host));
        }
        return outbox.queue(email).isPresent();
    }
}
