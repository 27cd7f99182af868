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

    /** Trimmed and lower-cased: the same person typing "Ann@X.org " is still one person. */
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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "erased_at")
    public Instant erasedAt;

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<Supporter> findByEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }
}
