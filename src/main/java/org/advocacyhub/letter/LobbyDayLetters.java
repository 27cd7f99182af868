package org.advocacyhub.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.legislator.LegislatorMessages;
import org.advocacyhub.web.Language;

/**
 * The letters of a campaign to one legislator or to one state's legislators, as a lobby-day PDF
 * ({@link LobbyDayPdf}); shared by the coordinators' campaign page and the hosts of a meeting. Letters
 * on the print route that go into the file become PRINTED.
 */
@ApplicationScoped
public class LobbyDayLetters {

    @Inject
    LetterDesk desk;

    @Inject
    Language language;

    /** The letters, oldest first, read in one transaction; the file is written after it, streamed. */
    public Response pdf(LetterCampaign campaign, Legislator legislator, String state, String fileName) {
        record Loaded(List<LobbyDayPdf.Page> pages, List<Long> toPrint) {
        }
        Loaded loaded = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            List<Letter> letters = legislator != null
                    ? Letter.<Letter>list("select l from Letter l join fetch l.legislator join fetch l.supporter "
                            + "where l.campaign.id = ?1 and l.legislator.id = ?2 order by l.id", campaign.id, legislator.id)
                    : Letter.<Letter>list("select l from Letter l join fetch l.legislator join fetch l.supporter "
                            + "where l.campaign.id = ?1 and l.legislator.state = ?2 order by l.legislator.lastName, l.id",
                            campaign.id, state);
            List<LobbyDayPdf.Page> pages = new ArrayList<>();
            List<Long> toPrint = new ArrayList<>();
            for (Letter l : letters) {
                // Never the e-mail address: the printed page leaves the building.
                pages.add(new LobbyDayPdf.Page(l.legislator.getTitle() + " " + l.legislator.fullName + " (" + l.legislator.getSeat() + ")",
                        l.subject, l.body, l.supporter.firstName + " " + l.supporter.lastName,
                        l.senderCity + ", " + l.legislator.state + " " + l.senderZip));
                if (l.route == DeliveryRoute.PRINT) {
                    toPrint.add(l.id);
                }
            }
            return new Loaded(pages, toPrint);
        });
        LetterDeliveryMessages m = language.bundle(LetterDeliveryMessages.class);
        String who = legislator != null
                ? language.bundle(LegislatorMessages.class).named(legislator, legislator.fullName) + " (" + legislator.getSeat() + ")"
                : state;
        List<String> cover = List.of(m.coverFor(who), m.coverCount(loaded.pages().size()),
                m.coverDate(java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString()));
        desk.printed(loaded.toPrint());
        StreamingOutput body = out -> new LobbyDayPdf().write(out, campaign.title, cover, loaded.pages());
        return Response.ok(body).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
