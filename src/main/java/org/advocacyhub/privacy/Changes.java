package org.advocacyhub.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.RsvpDesk;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SignedTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rule for every form that takes an e-mail address without proof that it is the typist's
 * (petitions, RSVPs, letters, actions a partner relays): it adds, it never overwrites. A new address
 * becomes a new person with what was typed; an address we know keeps its owner's name, ZIP, language,
 * consent and RSVPs, and what the form would have changed waits in a {@link PendingChange} until the
 * owner follows the link we e-mail them. News consent always waits for that link (double opt-in),
 * for a new person too. A signed-in person whose account's verified address is the one typed acts
 * directly. The page after the form is the same either way: only the owner's mailbox learns more.
 */
@ApplicationScoped
public class Changes {

    static final String PURPOSE = "pending-change";

    @Inject
    SignedTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    RsvpDesk rsvps;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @ConfigProperty(name = "advocacy.changes.valid", defaultValue = "7d")
    Duration valid;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(List<Line> lines, String url, String days, boolean created);
    }

    /** What a form typed about the person; {@code language} null for a partner's form (we do not know it). */
    public record Typed(String email, String firstName, String lastName, String zip, Supporter.Consent consent,
            String language, String source) {
    }

    /** One proposed change, in words: shown in the e-mail and on the confirmation page. */
    public record Line(String label, String value) {
    }

    /** The person a form is about, and what waits for them to confirm (see {@link #finish}). */
    public static final class Visit {
        public final Supporter supporter;
        /** This form created the person. */
        public final boolean created;
        /** A signed-in person with this verified address: acts directly, nothing waits. */
        public final boolean direct;
        final PendingChange pending;

        Visit(Supporter supporter, boolean created, boolean direct, PendingChange pending) {
            this.supporter = supporter;
            this.created = created;
            this.direct = direct;
            this.pending = pending;
        }

        /** The form also asks to set this person's answer to an event (guests; e-mail updates about it). */
        public void proposeRsvp(Event event, int guests, boolean emailUpdates) {
            pending.event = event;
            pending.rsvpGuests = guests;
            pending.rsvpEmailUpdates = emailUpdates;
        }
    }

    /**
     * The person behind {@code typed.email}: created if new, else left as they are with the form's
     * changes noted for {@link #finish}. {@code keycloakSubject} is given only when the signed-in
     * account's verified address is the one typed (CurrentUser.subjectFor): then the form acts directly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Visit visit(Typed typed, String keycloakSubject) {
        if (keycloakSubject != null) {
            Supporter s = Supporter.upsert(typed.email(), typed.firstName(), typed.lastName(), typed.zip(), typed.consent(),
                    keycloakSubject, typed.language());
            return new Visit(s, false, true, null);
        }
        Supporter.Found found = Supporter.findOrCreate(typed.email(), typed.firstName(), typed.lastName(), typed.zip(),
                typed.language());
        Supporter s = found.supporter();
        PendingChange p = new PendingChange();
        p.supporter = s;
        p.source = typed.source();
        if (!found.created()) {
            p.firstName = changed(typed.firstName(), s.firstName);
            p.lastName = changed(typed.lastName(), s.lastName);
            p.zip = changed(typed.zip(), s.zip);
            p.language = typed.language() == null ? null : changed(Language.supportedOrDefault(typed.language()), s.language);
        }
        if (typed.consent() != null && !s.isSubscribed()) {
            p.consentSource = typed.consent().source();
            p.consentWording = typed.consent().wording();
        }
        return new Visit(s, found.created(), false, p);
    }

    /** A blank field proposes nothing; a value the same as the stored one (ignoring case) neither. */
    private static String changed(String typed, String stored) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().equalsIgnoreCase(stored == null ? "" : stored.strip()) ? null : typed.strip();
    }

    /**
     * Stores what waits for the owner, if anything, and e-mails them the link: in the language we
     * know them by (a stranger's form must not choose it), for a new person the form's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Visit visit) {
        PendingChange p = visit.pending;
        if (p == null || !p.isAnything()) {
            return;
        }
        if (alreadyWaiting(p)) {
            return; // the owner has the link for exactly this already: a repeat form sends no more mail
        }
        p.createdAt = Instant.now();
        p.expiresAt = p.createdAt.plus(valid);
        p.persist();
        String tag = Language.supportedOrDefault(visit.supporter.language);
        PrivacyMessages m = Language.bundle(PrivacyMessages.class, tag);
        outbox.queue(Email.of("pending-change", visit.supporter.email,
                visit.created ? m.changeMailSubjectNew() : m.changeMailSubject(),
                Templates.mail(lines(p, tag), url(p.id), String.valueOf(Math.max(1, valid.toDays())), visit.created)
                        .setLocale(Locale.forLanguageTag(tag)).render())
                .withDedupeKey("pending-change:" + p.id));
    }

    private static boolean alreadyWaiting(PendingChange p) {
        return ((Number) PendingChange.getEntityManager().createNativeQuery("""
                SELECT count(*) FROM pending_change
                WHERE supporter_id = ?1 AND applied_at IS NULL AND expires_at > now()
                  AND first_name IS NOT DISTINCT FROM CAST(?2 AS text) AND last_name IS NOT DISTINCT FROM CAST(?3 AS text)
                  AND zip IS NOT DISTINCT FROM CAST(?4 AS text) AND language IS NOT DISTINCT FROM CAST(?5 AS text)
                  AND (consent_source IS NULL) = ?6
                  AND event_id IS NOT DISTINCT FROM CAST(?7 AS bigint) AND rsvp_guests IS NOT DISTINCT FROM CAST(?8 AS int)
                  AND rsvp_email_updates IS NOT DISTINCT FROM CAST(?9 AS boolean)
                """)
                .setParameter(1, p.supporter.id).setParameter(2, p.firstName).setParameter(3, p.lastName)
                .setParameter(4, p.zip).setParameter(5, p.language).setParameter(6, p.consentSource == null)
                .setParameter(7, p.event == null ? null : p.event.id).setParameter(8, p.rsvpGuests)
                .setParameter(9, p.rsvpEmailUpdates).getSingleResult()).longValue() > 0;
    }

    public String url(long id) {
        return baseUrl + "/changes/" + id + "?token=" + tokens.sign(PURPOSE, id);
    }

    boolean verify(long id, String token) {
        return token != null && tokens.verify(PURPOSE, id, token);
    }

    /** The changes in words, in the language {@code tag}. */
    List<Line> lines(PendingChange p, String tag) {
        PrivacyMessages m = Language.bundle(PrivacyMessages.class, tag);
        List<Line> lines = new ArrayList<>();
        if (p.firstName != null) {
            lines.add(new Line(m.changeFirstName(), p.firstName));
        }
        if (p.lastName != null) {
            lines.add(new Line(m.changeLastName(), p.lastName));
        }
        if (p.zip != null) {
            lines.add(new Line(m.changeZip(), p.zip));
        }
        if (p.language != null) {
            lines.add(new Line(m.changeLanguage(), "es".equals(p.language) ? "Español" : "English"));
        }
        if (p.isConsent()) {
            lines.add(new Line(m.changeConsent(), m.changeConsentValue()));
        }
        if (p.isRsvp()) {
            lines.add(new Line(m.changeRsvp(p.event.title), m.changeRsvpValue(p.rsvpGuests)));
        }
        return lines;
    }

    /** What confirming did. */
    public enum Applied { DONE, ALREADY, EXPIRED, RSVP_NO_ROOM, RSVP_CLOSED }

    /**
     * The owner confirmed (the button on the page the link opens; a GET changes nothing, since mail
     * scanners open links). Applied once; each part as the owner would have done it signed in.
     */
    @Transactional
    public Applied apply(long id) {
        PendingChange p = PendingChange.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || p.supporter.erasedAt != null) {
            return Applied.EXPIRED;
        }
        if (p.isApplied()) {
            return Applied.ALREADY;
        }
        if (p.isExpired(Instant.now())) {
            return Applied.EXPIRED;
        }
        Supporter s = p.supporter;
        // A null field proposes no change (and the stored value may be null too: a letter asks no ZIP).
        s.firstName = p.firstName != null ? p.firstName : s.firstName;
        s.lastName = p.lastName != null ? p.lastName : s.lastName;
        s.zip = p.zip != null ? p.zip : s.zip;
        s.language = p.language != null ? p.language : s.language;
        Supporter.flush();
        if (p.isConsent()) {
            Supporter.giveConsent(s.id, new Supporter.Consent(p.consentSource, p.consentWording), s.language);
            Supporter.getEntityManager().refresh(s);
        }
        p.appliedAt = Instant.now();
        if (p.isRsvp()) {
            RsvpDesk.Confirmed rsvp = rsvps.confirmChange(p.event.id, s.id, p.rsvpGuests, p.rsvpEmailUpdates);
            if (rsvp == RsvpDesk.Confirmed.NO_ROOM) {
                return Applied.RSVP_NO_ROOM;
            }
            if (rsvp == RsvpDesk.Confirmed.CLOSED) {
                return Applied.RSVP_CLOSED;
            }
        }
        return Applied.DONE;
    }
}
