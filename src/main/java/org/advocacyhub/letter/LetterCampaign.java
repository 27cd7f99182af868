package org.advocacyhub.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A letter campaign: what to write about, to whom, and the letter every supporter starts from. */
@Entity
@Table(name = "letter_campaign")
@jakarta.persistence.EntityListeners(PublicCampaigns.Listener.class)
public class LetterCampaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String intro;

    @Column(name = "talking_points")
    public String talkingPoints;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Targets chambers;

    @Column(name = "subject_template", nullable = false)
    public String subjectTemplate;

    @Column(name = "body_template", nullable = false)
    public String bodyTemplate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public static List<LetterCampaign> open() {
        return list("status = ?1 order by createdAt desc", CampaignStatus.OPEN);
    }

    public static List<LetterCampaign> all() {
        return list("order by createdAt desc");
    }

    public static Optional<LetterCampaign> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Drafts are the coordinators' own; open and closed campaigns are public. */
    public boolean isPublic() {
        return status != CampaignStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }
}
