package org.advocacyhub.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.Targets;

/** A call campaign: why it matters, whom to call, and the script every caller reads from. */
@Entity
@Table(name = "call_campaign")
@EntityListeners(PublicCalls.Listener.class)
public class CallCampaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    /** Why it matters: the first thing a caller reads. */
    @Column(nullable = false)
    public String why;

    @Column(nullable = false)
    public String script;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Targets chambers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public static List<CallCampaign> open() {
        return list("status = ?1 order by createdAt desc", CampaignStatus.OPEN);
    }

    public static List<CallCampaign> all() {
        return list("order by createdAt desc");
    }

    public static Optional<CallCampaign> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean isPublic() {
        return status != CampaignStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }
}
