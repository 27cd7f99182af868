package org.advocacyhub.petition;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.web.Markdown;

/** A petition: a text, a target, a goal, and the people who signed it. */
@Entity
@Table(name = "petition")
@jakarta.persistence.EntityListeners(PublicPetitions.Listener.class)
public class Petition extends PanacheEntityBase {

    /** Deadlines end at midnight in this zone, and the page says so. */
    public static final ZoneId DEADLINE_ZONE = ZoneId.of("America/New_York");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String summary;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    public String target;
    public int goal;
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public PetitionStatus status;

    @Column(name = "next_action_label")
    public String nextActionLabel;

    @Column(name = "next_action_url")
    public String nextActionUrl;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public static Optional<Petition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Petition> open() {
        return list("status = ?1 and (deadline is null or deadline >= ?2) order by openedAt desc",
                PetitionStatus.OPEN, LocalDate.now(DEADLINE_ZONE));
    }

    public boolean isPastDeadline() {
        return deadline != null && LocalDate.now(DEADLINE_ZONE).isAfter(deadline);
    }

    /** Whether it takes signatures now: open, and its last day has not ended. */
    public boolean isSignable() {
        return status == PetitionStatus.OPEN && !isPastDeadline();
    }

    public boolean isPublic() {
        return status != PetitionStatus.DRAFT;
    }

    public String getBodyHtml() {
        // Kept with the text it came from: a petition kept by PublicPetitions is drawn for every
        // visitor, and rendering Markdown each time was a good part of the page's cost.
        String markdown = bodyMarkdown;
        String[] memo = bodyHtml;
        if (memo != null && memo[0] == markdown) {
            return memo[1];
        }
        String html = Markdown.toSafeHtml(markdown);
        bodyHtml = new String[] {markdown, html};
        return html;
    }

    @jakarta.persistence.Transient
    private transient String[] bodyHtml;

    /** The goal as templates format numbers: {@code {fmt:number(petition.goalCount)}}. */
    public long getGoalCount() {
        return goal;
    }

    /** The coordinator's next step, or null: pages then offer events ({@code petitions:nextDefault}). */
    public String getNextActionLabelOrNull() {
        return nextActionUrl == null ? null : nextActionLabel;
    }

    public String getNextActionUrlOrDefault() {
        return nextActionUrl == null ? "/events" : nextActionUrl;
    }
}
