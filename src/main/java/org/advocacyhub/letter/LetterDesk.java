package org.advocacyhub.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a supporter's letters: one letter row per legislator and one outbox message per letter, all
 * in one transaction, so a letter exists if and only if its mail is queued. A letter is unique per
 * (campaign, supporter, legislator) and its message carries the dedupe key letter:&lt;id&gt;, so a
 * double click, a second tab or a second app instance never sends the same letter twice.
 */
@ApplicationScoped
public class LetterDesk {

    @Inject
    Language language;

    static final String KIND = "letter";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "advocacy.letters.delivery-address")
    String deliveryAddress;

    /** The campaign closed while the supporter was writing. */
    public static class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    /** The letters this call created; empty when every one had been sent before. */
    @Transactional
    public List<Letter> send(long campaignId, WriterForm form, List<Legislator> to, String keycloakSubject) {
        // A shared lock: letters go out while the campaign is open, and closing it waits for them.
        LetterCampaign campaign = LetterCampaign.findById(campaignId, LockModeType.PESSIMISTIC_READ);
        if (campaign == null || !campaign.isOpen()) {
            throw new Closed();
        }
        Supporter supporter = Supporter.upsert(form.email, form.firstName, form.lastName, form.zip, null, keycloakSubject,
                language.getTag());
        List<WriterForm.Draft> drafts = form.drafts(campaign, to);
        List<Letter> sent = new ArrayList<>();
        for (WriterForm.Draft d : drafts) {
            String recipient = d.legislator().email == null ? deliveryAddress : d.legislator().email;
            @SuppressWarnings("unchecked")
            List<Number> ids = Letter.getEntityManager().createNativeQuery("""
                    INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    ON CONFLICT (campaign_id, supporter_id, legislator_id) DO NOTHING
                    RETURNING id
                    """)
                    .setParameter(1, campaign.id).setParameter(2, supporter.id).setParameter(3, d.legislator().id)
                    .setParameter(4, d.subject()).setParameter(5, d.body()).setParameter(6, form.city)
                    .setParameter(7, form.zip).setParameter(8, recipient)
                    .getResultList();
            if (ids.isEmpty()) {
                continue;
            }
            Letter letter = Letter.findById(ids.get(0).longValue());
            Email email = Email.of(KIND, recipient, d.subject(), d.body() + "\n\n" + signature(form, d.legislator()))
                    .withReplyTo(supporter.email)
                    .withDedupeKey("letter:" + letter.id)
                    // For the delivery inbox, which enters the letter on the office's contact form.
                    .withHeader("X-Advocacy-Letter", String.valueOf(letter.id))
                    .withHeader("X-Advocacy-Legislator", d.legislator().bioguideId);
            if (d.legislator().contactForm != null) {
                email = email.withHeader("X-Advocacy-Contact-Form", d.legislator().contactForm);
            }
            letter.outboxMessageId = outbox.queue(email).map(m -> m.id).orElse(null);
            sent.add(letter);
        }
        if (!sent.isEmpty()) {
            outbox.queue(Email.of("letter-copy", supporter.email, "Your letters: " + campaign.title, copy(campaign, sent, form))
                    .withDedupeKey("letter-copy:" + sent.get(0).id));
        }
        return sent;
    }

    /** How the supporter signs: what an office needs to know they are a constituent and to answer. */
    static String signature(WriterForm form, Legislator to) {
        StringBuilder s = new StringBuilder();
        s.append(form.firstName).append(' ').append(form.lastName).append('\n');
        if (!form.street.isBlank()) {
            s.append(form.street).append('\n');
        }
        s.append(form.city).append(", ").append(to.state).append(' ').append(form.zip).append('\n');
        s.append(form.email).append('\n');
        return s.toString();
    }

    private static String copy(LetterCampaign campaign, List<Letter> letters, WriterForm form) {
        StringBuilder text = new StringBuilder();
        text.append("Dear ").append(form.firstName).append(",\n\n")
                .append("Thank you for writing to your members of Congress about \"").append(campaign.title).append("\".\n")
                .append("Here is a copy of what you sent. Offices answer by e-mail or by post, often after a few weeks.\n");
        for (Letter l : letters) {
            text.append("\n----------------------------------------\n")
                    .append("To: ").append(l.legislator.getTitle()).append(' ').append(l.legislator.fullName)
                    .append(" (").append(l.legislator.getSeat()).append(")\n")
                    .append("Subject: ").append(l.subject).append("\n\n")
                    .append(l.body).append('\n');
        }
        text.append("\n----------------------------------------\n")
                .append("You can see your letters on your activity page if you have an account.\n")
                .append("Advocacy Hub\n");
        return text.toString();
    }
}
