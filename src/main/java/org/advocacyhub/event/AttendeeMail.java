package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.web.Language;

/**
 * The e-mails of running an event's programme: a host's message to attendees, the reminders, the
 * follow-ups after it, an answer a host cancelled. Each in the recipient's language; all are event
 * logistics (transactional), so they reach people who unsubscribed from news, and never an erased
 * person (no address). Replies reach a host only where the host chose so.
 */
@ApplicationScoped
public class AttendeeMail {

    @Inject
    Outbox outbox;

    @Inject
    EventMail eventMail;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hostMessage(Event event, String firstName, AttendeeMessage message, String eventUrl,
                String cancelUrl);

        static native TemplateInstance reminder(Event event, Rsvp rsvp, String eventUrl, String cancelUrl);

        static native TemplateInstance followUp(Event event, Rsvp rsvp, boolean came, NextStep.Link nextStep, String eventUrl);

        static native TemplateInstance hostCancelled(Event event, Rsvp rsvp, String eventUrl);
    }

    static AttendeeMessages words(String tag) {
        return Language.bundle(AttendeeMessages.class, Language.supportedOrDefault(tag));
    }

    /** The message as one recipient gets it: their greeting and footer around the host's words, as written. */
    String hostMessageText(Event event, String firstName, AttendeeMessage message, String cancelUrl, String language) {
        return Templates.hostMessage(event, firstName, message, eventMail.eventUrl(event), cancelUrl)
                .setLocale(Language.supportedOrDefault(language)).render();
    }

    boolean hostMessage(Rsvp r, AttendeeMessage message) {
        String text = hostMessageText(r.event, r.supporter.firstName, message, eventMail.cancelUrl(r), r.supporter.language);
        Email email = Email.of("event-host-message", r.supporter.email, message.subject, text)
                .withDedupeKey("event-message:" + message.id + ":" + r.id);
        if (message.replyTo != null) {
            email = email.withReplyTo(message.replyTo);
        }
        return outbox.queue(email).isPresent();
    }

    /** A reminder {@code minutes} before the start; the online link is in it, as it goes to people going only. */
    boolean reminder(Rsvp r, long minutes) {
        AttendeeMessages m = words(r.supporter.language);
        String subject = minutes >= 36 * 60 ? m.subjectComingUp(r.event.title)
                : minutes >= 12 * 60 ? m.subjectTomorrow(r.event.title) : m.subjectSoon(r.event.title);
        Email email = Email.of("event-reminder", r.supporter.email, subject,
                Templates.reminder(r.event, r, eventMail.eventUrl(r.event), eventMail.cancelUrl(r))
                        .setLocale(Language.supportedOrDefault(r.supporter.language)).render())
                .withDedupeKey("event-reminder:" + minutes + ":" + r.id)
                .withAttachment("event.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        Ics.of(r.event, eventMail.eventUrl(r.event), URI.create(eventMail.eventUrl(r.event)).getHost()));
        return outbox.queue(email).isPresent();
    }

    /** After the event: thanks and the host's next step to those who came, a kind word to those who did not. */
    boolean followUp(Rsvp r, boolean came, NextStep.Link nextStep) {
        AttendeeMessages m = words(r.supporter.language);
        String subject = came ? m.subjectThanks(r.event.title) : m.subjectMissed(r.event.title);
        Email email = Email.of(came ? "event-follow-up" : "event-follow-up-missed", r.supporter.email, subject,
                Templates.followUp(r.event, r, came, nextStep, eventMail.eventUrl(r.event))
                        .setLocale(Language.supportedOrDefault(r.supporter.language)).render())
                .withDedupeKey((came ? "event-follow-up:" : "event-follow-up-missed:") + r.id);
        return outbox.queue(email).isPresent();
    }

    void hostCancelled(Rsvp r) {
        if (r.supporter.email == null) {
            return;
        }
        Email email = Email.of("rsvp-cancelled-by-host", r.supporter.email, words(r.supporter.language).subjectHostCancelled(r.event.title),
                Templates.hostCancelled(r.event, r, eventMail.eventUrl(r.event))
                        .setLocale(Language.supportedOrDefault(r.supporter.language)).render());
        outbox.queue(email);
    }
}
