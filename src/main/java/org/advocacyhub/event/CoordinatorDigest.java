package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A coordinator's choice of the daily e-mail of events waiting for approval, by their Keycloak subject. */
@Entity
@Table(name = "coordinator_digest")
public class CoordinatorDigest extends PanacheEntityBase {

    @Id
    public String subject;

    public String email;

    /** "en" or "es": the language of the page they chose it on, which the e-mail is written in. */
    public String language = "en";

    public boolean daily;

    @Column(name = "last_sent_on")
    public LocalDate lastSentOn;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
