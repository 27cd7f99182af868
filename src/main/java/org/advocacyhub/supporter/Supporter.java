package org.advocacyhub.supporter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.advocacyhub.web.Text;

/**
 * One person, known by e-mail address, across every petition, RSVP and letter.
 * No account is needed; when the person has one, the Keycloak subject links them.
 */
@Entity
@Table(name = "supporter")
public class Supporter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** In its normal form ({@link #normaliseEmail}): the same person typing "Ann@X.org " is still one person. */
    @Column(nullable = false, unique = true)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String zip;

    @Column(name = "keycloak_subject", unique = true)
    public String keycloakSubject;

    @Column(name = "email_consent_at")
    public Instant emailConsentAt;

    @Column(name = "email_consent_source")
    public String emailConsentSource;

    @Column(name = "email_consent_wording")
    public String emailConsentWording;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    @Column(name = "unsubscribe_source")
    public String unsubscribeSource;

    /** "en" or "es": the language of the last form they used, which their e-mails follow. */
    public String language = "en";

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "erased_at")
    public Instant erasedAt;

    /**
     * The form an address is stored, compared, rate-limited and mailed in (web/Text.emailNormalForm);
     * something that is not a plain address (a form refuses it) is only trimmed and lower-cased, so a
     * lookup with it finds nobody rather than failing.
     */
    public static String normaliseEmail(String email) {
        if (email == null) {
            return null;
        }
        String normal = Text.emailNormalForm(email);
        return normal != null ? normal : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<Supporter> findByEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }

    public static Optional<Supporter> findBySubject(String keycloakSubject) {
        return find("keycloakSubject", keycloakSubject).firstResultOptional();
    }

    /** What a person agreed to on a form: which form, and the exact words they saw, in their language. */
    public record Consent(String source, String wording) {
    }

    /** As {@link #upsert(String, String, String, String, Consent, String, String)}, in English, for tests and imports. */
    public static Supporter upsert(String email, String firstName, String lastName, String zip,
            String consentSource, String keycloakSubject) {
        return upsert(email, firstName, lastName, zip, consentSource == null ? null : new Consent(consentSource, null),
                keycloakSubject, "en");
    }

    /**
     * The one record for this e-mail address, created or updated in a single statement, so that two
     * racing requests for the same address make one person, never two and never an error.
     * A name or ZIP left blank keeps what we had; consent, once given, is only withdrawn by
     * unsubscribing, and each consent is logged in consent_event with its words (ticking the box again
     * after unsubscribing subscribes again). The Keycloak subject
     * links the record only if no other record has it. The language becomes the one of this form;
     * {@code null} (an action a partner relays, in a language we do not know) keeps the one we had.
     */
    public static Supporter upsert(String email, String firstName, String lastName, String zip,
            Consent consent, String keycloakSubject, String language) {
        String tag = "es".equals(language) ? "es" : "en";
        Object id = getEntityManager().createNativeQuery("""
                INSERT INTO supporter (email, first_name, last_name, zip, email_consent_at, email_consent_source,
                                       email_consent_wording, keycloak_subject, language)
                VALUES (:email, :first, :last, :zip,
                        CASE WHEN CAST(:consent AS text) IS NULL THEN NULL ELSE now() END, :consent, :wording,
                        CASE WHEN EXISTS (SELECT 1 FROM supporter WHERE keycloak_subject = :subject) THEN NULL ELSE :subject END,
                        :language)
                ON CONFLICT (email) DO UPDATE SET
                    first_name = COALESCE(NULLIF(excluded.first_name, ''), supporter.first_name),
                    last_name = COALESCE(NULLIF(excluded.last_name, ''), supporter.last_name),
                    zip = COALESCE(NULLIF(excluded.zip, ''), supporter.zip),
                    email_consent_at = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.email_consent_at ELSE now() END,
                    email_consent_source = COALESCE(excluded.email_consent_source, supporter.email_consent_source),
                    email_consent_wording = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.email_consent_wording
                                                 ELSE excluded.email_consent_wording END,
                    unsubscribed_at = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.unsubscribed_at END,
                    unsubscribe_source = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.unsubscribe_source END,
                    keycloak_subject = COALESCE(supporter.keycloak_subject, excluded.keycloak_subject),
                    language = CASE WHEN :languageKnown THEN excluded.language ELSE supporter.language END
                RETURNING id
                """)
                .setParameter("email", normaliseEmail(email))
                .setParameter("first", firstName)
                .setParameter("last", lastName)
                .setParameter("zip", zip)
                .setParameter("consent", consent == null ? null : consent.source())
                .setParameter("wording", consent == null ? null : consent.wording())
                .setParameter("subject", keycloakSubject)
                .setParameter("language", tag)
                .setParameter("languageKnown", language != null)
                .getSingleResult();
        long supporterId = ((Number) id).longValue();
        if (consent != null) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO consent_event (supporter_id, given, source, wording, language)
                    VALUES (:id, TRUE, :source, CAST(:wording AS text), :language)
                    """)
                    .setParameter("id", supporterId)
                    .setParameter("source", consent.source())
                    .setParameter("wording", consent.wording())
                    .setParameter("language", tag)
                    .executeUpdate();
        }
        Supporter s = findById(supporterId);
        getEntityManager().refresh(s);
        return s;
    }

    /** The person a form's address belongs to, and whether this form created them. */
    public record Found(Supporter supporter, boolean created) {
    }

    /**
     * The record for this address, created with what the form typed if there is none, in one statement
     * (racing requests make one person). An existing record is left exactly as its owner had it: a form
     * anyone can fill in with anyone's address must not change their name, ZIP, language or consent
     * (privacy/Changes holds such changes until the owner confirms them). No consent is recorded here:
     * news consent counts only once the address's owner confirms it (double opt-in).
     */
    public static Found findOrCreate(String email, String firstName, String lastName, String zip, String language) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> inserted = getEntityManager().createNativeQuery("""
                INSERT INTO supporter (email, first_name, last_name, zip, language)
                VALUES (:email, NULLIF(:first, ''), NULLIF(:last, ''), NULLIF(:zip, ''), :language)
                ON CONFLICT (email) DO NOTHING
                RETURNING id
                """)
                .setParameter("email", normaliseEmail(email))
                .setParameter("first", firstName == null ? "" : firstName)
                .setParameter("last", lastName == null ? "" : lastName)
                .setParameter("zip", zip == null ? "" : zip)
                .setParameter("language", "es".equals(language) ? "es" : "en")
                .getResultList();
        if (!inserted.isEmpty()) {
            // A new id, so nothing of it is in this persistence context yet: one read gives the stored row.
            Supporter s = findById(inserted.get(0).longValue());
            return new Found(s, true);
        }
        // The row exists (ON CONFLICT saw it committed), so this finds it.
        return new Found(findByEmail(email).orElseThrow(), false);
    }

    /**
     * The owner agreed to news e-mails (a verified account, or the link in our confirmation e-mail):
     * recorded with the words they saw and logged in consent_event; agreeing again after unsubscribing
     * subscribes again, because it is their own choice.
     */
    public static void giveConsent(long supporterId, Consent consent, String language) {
        getEntityManager().createNativeQuery("""
                UPDATE supporter SET email_consent_at = now(), email_consent_source = ?2, email_consent_wording = ?3,
                       unsubscribed_at = NULL, unsubscribe_source = NULL
                WHERE id = ?1 AND erased_at IS NULL
                """).setParameter(1, supporterId).setParameter(2, consent.source()).setParameter(3, consent.wording())
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                INSERT INTO consent_event (supporter_id, given, source, wording, language)
                VALUES (?1, TRUE, ?2, CAST(?3 AS text), ?4)
                """).setParameter(1, supporterId).setParameter(2, consent.source()).setParameter(3, consent.wording())
                .setParameter(4, "es".equals(language) ? "es" : "en").executeUpdate();
    }

    /**
     * Agreed to news e-mails and has not stopped them since. (Unsubscribing clears the consent and
     * agreeing again clears the unsubscribe, so the two never both stand; the database queries that
     * choose whom to mail say the same in SQL.)
     */
    public boolean isSubscribed() {
        return emailConsentAt != null && unsubscribedAt == null;
    }

    public String getFullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
