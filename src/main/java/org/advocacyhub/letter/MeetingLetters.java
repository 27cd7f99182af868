package org.advocacyhub.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.event.Event;
import org.advocacyhub.legislator.Legislator;

/**
 * The letters a meeting's hosts take to the legislators they meet: a coordinator links an event of
 * kind "meeting with a legislator" to a letter campaign and a legislator (V25_2), and the event's hosts
 * (and coordinators) download the letters as a lobby-day PDF. Anyone else gets 403, as for attendees.
 */
@Path("/events/{slug: [a-z0-9-]+}/letters")
@RolesAllowed({CurrentUser.VOLUNTEER, CurrentUser.COORDINATOR})
public class MeetingLetters {

    @Inject
    CurrentUser user;

    @Inject
    LobbyDayLetters lobbyDay;

    /** One link: this event meets this legislator, with this campaign's letters. */
    public record Link(Event event, LetterCampaign campaign, Legislator legislator) {

        static List<Link> of(LetterCampaign campaign) {
            return rows("l.campaign_id = ?1", campaign.id);
        }

        static List<Link> of(Event event) {
            return rows("l.event_id = ?1", event.id);
        }

        private static List<Link> rows(String where, long id) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Letter.getEntityManager().createNativeQuery(
                    "SELECT l.event_id, l.campaign_id, l.legislator_id FROM meeting_letters l WHERE " + where
                            + " ORDER BY l.created_at, l.legislator_id")
                    .setParameter(1, id).getResultList();
            return rows.stream().map(r -> new Link(Event.findById(((Number) r[0]).longValue()),
                    LetterCampaign.findById(((Number) r[1]).longValue()), Legislator.findById(((Number) r[2]).longValue()))).toList();
        }
    }

    static void link(Event event, LetterCampaign campaign, Legislator legislator) {
        Letter.getEntityManager().createNativeQuery("""
                INSERT INTO meeting_letters (event_id, campaign_id, legislator_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING""")
                .setParameter(1, event.id).setParameter(2, campaign.id).setParameter(3, legislator.id).executeUpdate();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letters(Event event, List<Link> links);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @jakarta.transaction.Transactional
    public TemplateInstance letters(@PathParam("slug") String slug) {
        Event event = managed(slug);
        return Templates.letters(event, Link.of(event));
    }

    @GET
    @Path("{campaign: \\d+}/{legislator: [A-Z0-9]+}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("slug") String slug, @PathParam("campaign") long campaignId,
            @PathParam("legislator") String bioguide) {
        Link link = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Event event = managed(slug);
            return Link.of(event).stream()
                    .filter(l -> l.campaign().id == campaignId && l.legislator().bioguideId.equals(bioguide))
                    .findFirst().orElseThrow(NotFoundException::new);
        });
        return lobbyDay.pdf(link.campaign(), link.legislator(), null, link.campaign().slug + "-" + bioguide + ".pdf");
    }

    /** 404 when the event does not exist or is hidden from them, 403 when it is someone else's. */
    private Event managed(String slug) {
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
