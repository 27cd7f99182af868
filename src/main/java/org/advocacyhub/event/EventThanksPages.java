package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.share.ShareLinks;
import org.advocacyhub.share.ShareMessages;
import org.advocacyhub.web.Language;

/**
 * The page after an RSVP: the same words whoever answered (the flash says what the e-mail will), the
 * share links petitions have, and "add to calendar" links built here from the public page's details,
 * so the page itself loads nothing from Google or Microsoft and never carries the link to join.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventThanksPages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    PublicEvents publicEvents;

    @Inject
    EventMail mail;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(Event event, String url, Map<String, String> shareLinks, String googleCalendar,
                String outlookCalendar);
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/thanks")
    public TemplateInstance thanks(@PathParam("slug") String slug) {
        Event event = publicEvents.publicBySlug(slug)
                .or(() -> Event.findBySlug(slug).filter(e -> e.isVisibleTo(user)))
                .orElseThrow(NotFoundException::new);
        ShareMessages m = language.bundle(ShareMessages.class);
        String url = mail.eventUrl(event);
        ShareLinks.CalendarEntry entry = calendarEntry(event, url, m);
        return Templates.thanks(event, url,
                ShareLinks.shareLinks(m, event.title, ShareLinks.shareExcerpt(event.description), m.eventShareText(event.title), url),
                ShareLinks.googleCalendar(entry), ShareLinks.outlookCalendar(entry));
    }

    /** What anyone may know: the public page's details and its address, an online event's link never. */
    static ShareLinks.CalendarEntry calendarEntry(Event e, String url, ShareMessages m) {
        return new ShareLinks.CalendarEntry(e.title, ShareLinks.shareExcerpt(e.description) + "\n\n" + url,
                e.online ? m.onlineLocation() : e.address(), e.startsAt, e.endsAt);
    }
}
