package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the host asks of the people who came, in the thank-you e-mail after the event: sign a petition,
 * write to legislators, or come to another event. Only what is open (or published and ahead) can be chosen
 * and is linked: a petition closed since then is left out of the e-mail rather than sent as a dead end.
 */
@Entity
@Table(name = "event_next_step")
public class NextStep extends PanacheEntityBase {

    public enum Kind { PETITION, CAMPAIGN, EVENT }

    /** A next step as the e-mail names it. */
    public record Link(Kind kind, String title, String url) {
        public boolean isPetition() {
            return kind == Kind.PETITION;
        }

        public boolean isCampaign() {
            return kind == Kind.CAMPAIGN;
        }
    }

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "target_id")
    public Long targetId;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** The form's value for this choice: "PETITION:12". */
    public String value() {
        return kind + ":" + targetId;
    }

    /** What a host may choose now, as the form's value → words (the title, with what it is). */
    static Map<String, String> choices(Event event, AttendeeMessages m) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", m.nextStepNone());
        for (Tuple t : open(Kind.PETITION, null)) {
            options.put(Kind.PETITION + ":" + t.get(0), m.nextStepPetition(String.valueOf(t.get(1))));
        }
        for (Tuple t : open(Kind.CAMPAIGN, null)) {
            options.put(Kind.CAMPAIGN + ":" + t.get(0), m.nextStepCampaign(String.valueOf(t.get(1))));
        }
        for (Tuple t : open(Kind.EVENT, event.id)) {
            options.put(Kind.EVENT + ":" + t.get(0), m.nextStepEvent(String.valueOf(t.get(1))));
        }
        return options;
    }

    /** The link for the e-mail, if the step is still open. */
    static Optional<Link> linkFor(long eventId, String baseUrl) {
        NextStep step = findById(eventId);
        if (step == null) {
            return Optional.empty();
        }
        String sql = switch (step.kind) {
            case PETITION -> "SELECT slug, title FROM petition WHERE id = ?1 AND status = 'OPEN'";
            case CAMPAIGN -> "SELECT slug, title FROM letter_campaign WHERE id = ?1 AND status = 'OPEN'";
            case EVENT -> "SELECT slug, title FROM event WHERE id = ?1 AND status = 'PUBLISHED' AND starts_at > now()";
        };
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery(sql, Tuple.class).setParameter(1, step.targetId).getResultList();
        String path = switch (step.kind) {
            case PETITION -> "/petitions/";
            case CAMPAIGN -> "/letters/";
            case EVENT -> "/events/";
        };
        return rows.stream().findFirst().map(t -> new Link(step.kind, (String) t.get(1), baseUrl + path + t.get(0)));
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> open(Kind kind, Long exceptEvent) {
        String sql = switch (kind) {
            case PETITION -> "SELECT id, title FROM petition WHERE status = 'OPEN' ORDER BY id DESC LIMIT 50";
            case CAMPAIGN -> "SELECT id, title FROM letter_campaign WHERE status = 'OPEN' ORDER BY id DESC LIMIT 50";
            case EVENT -> "SELECT id, title FROM event WHERE status = 'PUBLISHED' AND starts_at > now() AND id <> ?1"
                    + " ORDER BY starts_at LIMIT 50";
        };
        var q = getEntityManager().createNativeQuery(sql, Tuple.class);
        if (kind == Kind.EVENT) {
            q.setParameter(1, exceptEvent);
        }
        return q.getResultList();
    }
}
