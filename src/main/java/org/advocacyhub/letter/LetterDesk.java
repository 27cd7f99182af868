package org.advocacyhub.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.privacy.Changes;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a supporter's letters: one letter row per legislator and, on the e-mail routes, one outbox
 * message per letter, all in one transaction, so an e-mailed letter exists if and only if its mail is
 * queued. The contact-form and print routes queue no mail (DeliveryRoute). A letter is unique per
 * (campaign, supporter, legislator) and its message carries the dedupe key letter:&lt;id&gt;, so a
 * double click, a second tab or a second app instance never sends the same letter twice.
 */
@ApplicationScoped
public class LetterDesk {

    static final String KIND = "letter";

    @Inject
    Changes changes;

    @Inject
    Outbox outbox;

    @CheckedTemplate
    static class Templates {
        /** The copy of their letters a supporter gets by e-mail. */
        static native TemplateInstance copy(String firstName, LetterCampaign campaign, List<Letter> letters);
    }

    @ConfigProperty(name = "advocacy.letters.delivery-address")
    String deliveryAddress;

    /** The campaign closed while the supporter was writing. */
    public static class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    /**
     * The letters this call created; empty when every one had been sent before. {@code language} is the
     * form's ("en" or "es"): the copy e-mailed to the supporter is in it; the letters are as they wrote them.
     */
    @Transactional
    public List<Letter> send(long campaignId, WriterForm form, List<Legislator> to, String keycloakSubject, String language) {
        // A shared lock: letters go out while the campaign is open, and closing it waits for them.
        LetterCampaign campaign = LetterCampaign.findById(campaignId, LockModeType.PESSIMISTIC_READ);
        if (campaign == null || !campaign.isOpen()) {
            throw new Closed();
        }
        // The letters are the writer's own; the person behind the address is changed only by its owner
        // (privacy/Changes: a stranger's form proposes, the owner confirms by e-mail).
        Changes.Visit visit = changes.visit(new Changes.Typed(form.email, form.firstName, form.lastName, form.zip, null,
                Language.supportedOrDefault(language), "letter:" + campaign.slug), keycloakSubject);
        changes.finish(visit);
        Supporter supporter = visit.supporter;
        List<WriterForm.Draft> drafts = form.drafts(campaign, to);
        DeliveryRoute.Choice choice = DeliveryRoute.Choice.parse(form.delivery);
        List<Letter> sent = new ArrayList<>();
        for (WriterForm.Draft d : drafts) {
            DeliveryRoute route = route(choice, d.legislator());
            boolean byEmail = route == DeliveryRoute.EMAIL_OFFICE || route == DeliveryRoute.DELIVERY_INBOX;
            String recipient = route == DeliveryRoute.EMAIL_OFFICE ? d.legislator().email : byEmail ? deliveryAddress : null;
            LetterStatus status = byEmail ? LetterStatus.QUEUED
                    : route == DeliveryRoute.CONTACT_FORM ? LetterStatus.WITH_SUPPORTER : LetterStatus.TO_PRINT;
            @SuppressWarnings("unchecked")
            List<Number> ids = Letter.getEntityManager().createNativeQuery("""
                    INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient,
                                        route, status)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    ON CONFLICT (campaign_id, supporter_id, legislator_id) DO NOTHING
                    RETURNING id
                    """)
                    .setParameter(1, campaign.id).setParameter(2, supporter.id).setParameter(3, d.legislator().id)
                    .setParameter(4, d.subject()).setParameter(5, d.body()).setParameter(6, form.city)
                    .setParameter(7, form.zip).setParameter(8, recipient).setParameter(9, route.name())
                    .setParameter(10, status.name())
                    .getResultList();
            if (ids.isEmpty()) {
                continue;
            }
            Letter letter = Letter.findById(ids.get(0).longValue());
            if (byEmail) {
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
            }
            sent.add(letter);
        }
        if (!sent.isEmpty()) {
            // The letters stay in the words the supporter wrote; the envelope around them is in their language.
            String tag = supporter.language;
            outbox.queue(Email.of("letter-copy", supporter.email,
                    Language.bundle(LetterMessages.class, tag).copySubject(campaign.title),
                    Templates.copy(form.firstName, campaign, sent).setLocale(Locale.forLanguageTag(tag)).render())
                    .withDedupeKey("letter-copy:" + sent.get(0).id));
        }
        return sent;
    }

    /**
     * The route for one letter: the supporter's choice where it can be taken (a contact form needs the
     * office to have one), else ours: e-mail to the office where the data has its address, else the
     * delivery inbox.
     */
    static DeliveryRoute route(DeliveryRoute.Choice choice, Legislator to) {
        if (choice == DeliveryRoute.Choice.PRINT) {
            return DeliveryRoute.PRINT;
        }
        if (choice == DeliveryRoute.Choice.CONTACT_FORM && to.contactForm != null && !to.contactForm.isBlank()) {
            return DeliveryRoute.CONTACT_FORM;
        }
        return to.email != null && !to.email.isBlank() ? DeliveryRoute.EMAIL_OFFICE : DeliveryRoute.DELIVERY_INBOX;
    }

    /**
     * The supporter says they entered the letter on the office's contact form. Only a letter on that
     * route and still waiting changes; true when this call changed it.
     */
    @Transactional
    public boolean sentBySupporter(long letterId) {
        return Letter.getEntityManager().createNativeQuery("""
                UPDATE letter SET status = 'SENT_BY_SUPPORTER', delivered_at = now()
                WHERE id = ?1 AND route = 'CONTACT_FORM' AND status = 'WITH_SUPPORTER'""")
                .setParameter(1, letterId).executeUpdate() == 1;
    }

    /** The letters for hand delivery that went into a printed file. */
    @Transactional
    public int printed(List<Long> letterIds) {
        if (letterIds.isEmpty()) {
            return 0;
        }
        return Letter.getEntityManager().createNativeQuery("""
                UPDATE letter SET status = 'PRINTED', delivered_at = now()
                WHERE id = ANY(CAST(?1 AS bigint[])) AND route = 'PRINT' AND status = 'TO_PRINT'""")
                .setParameter(1, letterIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    /** How the supporter signs: what an office needs to know they are a constituent and to answer. */
    static String signature(WriterForm form, Legislator to) {
        StringBuilder s = new StringBuilder();
        s.append(form.firstName).append(' ').append(form.lastName).append('\n');
        if (!form.street.isBlank()) {
            s.append(form.street).append('\n');
        }
        s.append(form.city).append(", ").append(to.state).append(' ').append(form.zip).append('\n');
        s.append(Supporter.normaliseEmail(form.email)).append('\n');
        return s.toString();
    }
}
