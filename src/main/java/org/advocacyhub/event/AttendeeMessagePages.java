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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A host (or a coordinator) writes to the people coming: "parking moved to the back lot". Write, see it
 * as it will arrive, send; every message is kept and listed here. A few a day per event at most, so
 * attendees are not flooded and a taken-over account cannot spam them.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({CurrentUser.VOLUNTEER, CurrentUser.COORDINATOR})
public class AttendeeMessagePages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    AttendeeMail mail;

    @ConfigProperty(name = "advocacy.events.messages.per-day", defaultValue = "3")
    int perDay;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance messages(Event event, MessageForm form, FormErrors errors, Map<String, String> audiences,
                List<AttendeeMessage> sent, long leftToday, int perDay, Integer justSent, String replyAddress);

        static native TemplateInstance preview(Event event, MessageForm form, String audienceLabel, int recipients,
                String previewText, String replyTo);
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/messages")
    public TemplateInstance form(@PathParam("slug") String slug, @QueryParam("sent") Integer sent) {
        Event event = managed(slug, user);
        return page(event, new MessageForm(), FormErrors.none(), sent);
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/messages/preview")
    public Response preview(@PathParam("slug") String slug, @BeanParam MessageForm form) {
        Event event = managed(slug, user);
        FormErrors errors = check(form);
        if (errors.isAny()) {
            return Response.status(400).entity(page(event, form, errors, null)).build();
        }
        List<Rsvp> to = AttendeeMessage.recipients(event, form.chosen);
        AttendeeMessage draft = draft(event, form);
        String firstName = to.isEmpty() ? words().previewName() : to.get(0).supporter.firstName;
        String text = mail.hostMessageText(event, firstName, draft, words().previewCancelLink(), language.getTag());
        return Response.ok(Templates.preview(event, form, audiences(event).get(form.chosen.name()), to.size(), text, draft.replyTo))
                .build();
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/messages")
    @Transactional
    public Response send(@PathParam("slug") String slug, @BeanParam MessageForm form) {
        Event event = managed(slug, user);
        FormErrors errors = check(form);
        if (errors.isAny() || !"send".equals(form.action)) {
            return Response.status(errors.isAny() ? 400 : 200).entity(page(event, form, errors, null)).build();
        }
        // Counted under the event's lock: two sends at once cannot both take the last one of the day.
        event = Event.lockById(event.id);
        if (AttendeeMessage.sentSince(event, Instant.now().minus(Duration.ofDays(1))) >= perDay) {
            return Response.status(429).entity(page(event, form, FormErrors.none().add("subject", words().limitReached(perDay)), null))
                    .build();
        }
        List<Rsvp> to = AttendeeMessage.recipients(event, form.chosen);
        if (to.isEmpty()) {
            return Response.status(400).entity(page(event, form, FormErrors.none().add("audience", words().nobodyToSend()), null))
                    .build();
        }
        AttendeeMessage message = draft(event, form);
        message.recipients = to.size();
        message.persist();
        for (Rsvp r : to) {
            mail.hostMessage(r, message);
        }
        return Response.seeOther(URI.create("/events/" + event.slug + "/messages?sent=" + to.size())).build();
    }

    private FormErrors check(MessageForm form) {
        return Typed.check(form, form.validate(words(), !user.getEmail().isBlank()), language);
    }

    private AttendeeMessage draft(Event event, MessageForm form) {
        AttendeeMessage m = new AttendeeMessage();
        m.event = event;
        m.authorSubject = user.getSubject();
        m.authorName = user.getName();
        m.audience = form.chosen;
        m.subject = form.subject;
        m.body = form.body;
        m.replyTo = form.isShowingAddress() ? user.getEmail().strip() : null;
        return m;
    }

    private TemplateInstance page(Event event, MessageForm form, FormErrors errors, Integer sent) {
        long left = Math.max(0, perDay - AttendeeMessage.sentSince(event, Instant.now().minus(Duration.ofDays(1))));
        return Templates.messages(event, form, errors, audiences(event), AttendeeMessage.of(event), left, perDay, sent,
                user.getEmail().isBlank() ? null : user.getEmail());
    }

    /** The choices with how many each reaches now: "People going (12)". */
    private Map<String, String> audiences(Event event) {
        AttendeeMessages m = words();
        Map<String, String> options = new LinkedHashMap<>();
        for (AttendeeMessage.Audience a : AttendeeMessage.Audience.values()) {
            int n = AttendeeMessage.recipients(event, a).size();
            options.put(a.name(), switch (a) {
                case GOING -> m.audienceGoing(n);
                case WAITLISTED -> m.audienceWaitlisted(n);
                case CHECKED_IN -> m.audienceCheckedIn(n);
                case ALL -> m.audienceAll(n);
            });
        }
        return options;
    }

    private AttendeeMessages words() {
        return language.bundle(AttendeeMessages.class);
    }

    /** The event, if this person may manage it: 404 when it does not exist, 403 when it is someone else's. */
    static Event managed(String slug, CurrentUser user) {
        Event event = Event.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!event.isManagedBy(user)) {
            if (!event.isVisibleTo(user)) {
                throw new NotFoundException();
            }
            throw new ForbiddenException();
        }
        return event;
    }
}
