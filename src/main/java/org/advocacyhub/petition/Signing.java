package org.advocacyhub.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.advocacyhub.privacy.Changes;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.BotCheck;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.SignedTokens;
import org.advocacyhub.web.SiteMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing a petition, honestly counted: one signature per person (the supporter record is one per
 * normalised e-mail, and signature is unique per petition and supporter), stored before the
 * thank-you page, and a confirmation e-mail only for a new signature, so the page and the mail never
 * tell anyone whether an address had signed before.
 */
@ApplicationScoped
public class Signing {

    static final String FORM_STARTED = "petition-form-started";
    static final String CONFIRM = "signature-confirm";

    @Inject
    SignedTokens tokens;

    @Inject
    BotCheck botCheck;

    @Inject
    PetitionMail mail;

    @Inject
    PublicPetitions publicPetitions;

    @Inject
    Changes changes;

    @ConfigProperty(name = "advocacy.petitions.min-fill-time", defaultValue = "3s")
    Duration minFillTime;

    /** Why a signature was not taken; each gets its own polite page. */
    public enum Refusal { CLOSED, TOO_FAST, NOT_A_PERSON }

    /** The value of the form's hidden "started" field: the time, signed. */
    public String startedToken(Instant now) {
        return botCheck.startedToken(FORM_STARTED, now);
    }

    /** For the form shown again with an error: the time it was first shown, if that came from us. */
    public String startedToken(String sent, Instant now) {
        return botCheck.keepOrRenew(FORM_STARTED, sent, now);
    }

    /** Robots fill the hidden field, or post faster than anyone can read and type. */
    public Refusal botCheck(SignForm form, Instant now) {
        BotCheck.Verdict verdict = botCheck.check(FORM_STARTED, form.website, form.started, minFillTime, now);
        return verdict == null ? null : verdict == BotCheck.Verdict.TOO_FAST ? Refusal.TOO_FAST : Refusal.NOT_A_PERSON;
    }

    /** As {@link #sign(long, SignForm, String, String)}, in English, for tests and imports. */
    @Transactional
    public boolean sign(long petitionId, SignForm form, String keycloakSubject) {
        return sign(petitionId, form, keycloakSubject, Language.DEFAULT);
    }

    /**
     * Stores the signature, or nothing if this person already signed. Returns whether it was new.
     * The insert is a single statement with ON CONFLICT, so racing requests make one row. {@code language}
     * is the form's ("en" or "es"): the signer's consent is recorded in the words they read, and their
     * e-mails follow it.
     */
    @Transactional
    public boolean sign(long petitionId, SignForm form, String keycloakSubject, String language) {
        return sign(Petition.<Petition>findById(petitionId), form, keycloakSubject, language, null);
    }

    /**
     * As {@link #sign(long, SignForm, String, String)} for the petition the page already holds (from
     * PublicPetitions, only read): one statement less for every signer of a viral petition.
     */
    @Transactional
    public boolean sign(Petition petition, SignForm form, String keycloakSubject, String language) {
        return sign(petition, form, keycloakSubject, language, null);
    }

    /**
     * As {@link #sign(long, SignForm, String, String)}, for a signature that a partner's tool collected and
     * relays through the API: if the person opted in there, the consent is recorded as given there.
     */
    @Transactional
    public boolean signRelayed(long petitionId, SignForm form, Supporter.Consent consentGivenThere) {
        return sign(Petition.<Petition>findById(petitionId), form, null, null, consentGivenThere);
    }

    private boolean sign(Petition petition, SignForm form, String keycloakSubject, String language,
            Supporter.Consent consentGivenElsewhere) {
        String tag = Language.supportedOrDefault(language);
        Supporter.Consent consent = !form.isConsenting() ? null
                : consentGivenElsewhere != null ? consentGivenElsewhere
                : new Supporter.Consent("petition:" + petition.slug, Language.bundle(SiteMessages.class, tag).consentLabel());
        // Anyone can type anyone's address: the signature is added, but changes to a person we know
        // (and news consent, double opt-in) wait for the owner's confirmation (privacy/Changes).
        // A relayed signature (language null) keeps the language we knew the person by.
        Changes.Visit visit = changes.visit(new Changes.Typed(form.email, form.firstName, form.lastName, form.zip, consent,
                language == null ? null : tag, consent != null ? consent.source() : "petition:" + petition.slug), keycloakSubject);
        changes.finish(visit);
        Supporter supporter = visit.supporter;
        @SuppressWarnings("unchecked")
        List<Number> inserted = Signature.getEntityManager().createNativeQuery("""
                INSERT INTO signature (petition_id, supporter_id, comment, show_name)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (petition_id, supporter_id) DO NOTHING
                RETURNING id""")
                .setParameter(1, petition.id)
                .setParameter(2, supporter.id)
                .setParameter(3, form.comment.isEmpty() ? null : form.comment)
                .setParameter(4, form.isShowingName())
                .getResultList();
        if (inserted.isEmpty()) {
            return false;
        }
        // What the insert stored, without reading it back: one round trip less for every signer.
        Signature signature = new Signature();
        signature.id = inserted.get(0).longValue();
        signature.petition = petition;
        signature.supporter = supporter;
        signature.comment = form.comment.isEmpty() ? null : form.comment;
        signature.showName = form.isShowingName();
        mail.confirmAddress(signature, confirmPath(signature.id));
        publicPetitions.signed(petition.id);
        return true;
    }

    public String confirmPath(long signatureId) {
        return "/petitions/confirm/" + signatureId + "?token=" + tokens.sign(CONFIRM, signatureId);
    }

    public boolean isConfirmToken(long signatureId, String token) {
        return tokens.verify(CONFIRM, signatureId, token);
    }

    /** Marks the address confirmed, the first time only; returns whether this call did it. */
    @Transactional
    public boolean confirm(long signatureId) {
        @SuppressWarnings("unchecked")
        List<Number> petition = Signature.getEntityManager().createNativeQuery(
                "UPDATE signature SET verified_at = now() WHERE id = ?1 AND verified_at IS NULL RETURNING petition_id")
                .setParameter(1, signatureId).getResultList();
        petition.forEach(id -> publicPetitions.signed(id.longValue()));
        return !petition.isEmpty();
    }
}
