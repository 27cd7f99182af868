package org.advocacyhub.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advocacyhub.legislator.Legislator;

/**
 * One call a supporter says they made: to whom, for which campaign, what happened. Unique per caller,
 * legislator, campaign and day (V25), so reporting twice, a double click or a second tab counts once.
 */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public CallCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legislator_id")
    public Legislator legislator;

    /** A keyed hash of the caller's cookie id or e-mail: never the id or the address itself. */
    @Column(name = "caller_key", nullable = false)
    public String callerKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallOutcome outcome;

    @Column(name = "call_day", nullable = false)
    public LocalDate callDay;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /**
     * Records the call unless this caller already reported one to this legislator for this campaign
     * today; one statement, so racing reports make one row. True when it was new.
     */
    static boolean record(CallCampaign campaign, Legislator to, String callerKey, CallOutcome outcome, LocalDate day) {
        int rows = getEntityManager().createNativeQuery("""
                INSERT INTO call (campaign_id, legislator_id, caller_key, outcome, call_day)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (campaign_id, caller_key, legislator_id, call_day) DO NOTHING""")
                .setParameter(1, campaign.id).setParameter(2, to.id).setParameter(3, callerKey)
                .setParameter(4, outcome.name()).setParameter(5, day).executeUpdate();
        return rows == 1;
    }

    /** The outcomes this caller reported today, per legislator id. */
    static Map<Long, CallOutcome> reportedToday(CallCampaign campaign, String callerKey, LocalDate day) {
        if (callerKey == null) {
            return Map.of();
        }
        return Call.<Call>list("campaign.id = ?1 and callerKey = ?2 and callDay = ?3", campaign.id, callerKey, day).stream()
                .collect(Collectors.toMap(c -> c.legislator.id, c -> c.outcome, (a, b) -> a));
    }

    /** Calls per outcome, every outcome listed (zero included), in the enum's order. */
    public record Tally(String label, Map<CallOutcome, Long> byOutcome) {
        public long getTotal() {
            return byOutcome.values().stream().mapToLong(Long::longValue).sum();
        }

        public long get(CallOutcome o) {
            return byOutcome.getOrDefault(o, 0L);
        }

        public long getSpoke() {
            return get(CallOutcome.SPOKE_TO_STAFF);
        }

        public long getVoicemail() {
            return get(CallOutcome.LEFT_VOICEMAIL);
        }

        public long getNoAnswer() {
            return get(CallOutcome.NO_ANSWER);
        }
    }

    /** Calls to one legislator; the page names them in its language. */
    public record LegislatorTally(Legislator legislator, Tally tally) {
    }

    public static Tally total(CallCampaign campaign) {
        List<Tally> all = tallies("SELECT 'All', outcome, count(*) FROM call WHERE campaign_id = ?1 GROUP BY outcome", campaign);
        return all.isEmpty() ? new Tally("All", new EnumMap<>(CallOutcome.class)) : all.get(0);
    }

    /** Per state of the legislator called, most calls first. */
    public static List<Tally> byState(CallCampaign campaign) {
        return tallies("""
                SELECT g.state, c.outcome, count(*) FROM call c JOIN legislator g ON g.id = c.legislator_id
                WHERE c.campaign_id = ?1 GROUP BY g.state, c.outcome""", campaign);
    }

    public static List<LegislatorTally> byLegislator(CallCampaign campaign) {
        List<Tally> tallies = tallies("""
                SELECT CAST(c.legislator_id AS text), c.outcome, count(*) FROM call c
                WHERE c.campaign_id = ?1 GROUP BY c.legislator_id, c.outcome""", campaign);
        if (tallies.isEmpty()) {
            return List.of();
        }
        Map<Long, Legislator> legislators = Legislator.<Legislator>list("id in ?1",
                tallies.stream().map(t -> Long.parseLong(t.label())).toList())
                .stream().collect(Collectors.toMap(g -> g.id, g -> g));
        return tallies.stream().map(t -> new LegislatorTally(legislators.get(Long.parseLong(t.label())), t)).toList();
    }

    /** Rows of (label, outcome, count) folded into one tally per label, most calls first, then by label. */
    private static List<Tally> tallies(String sql, CallCampaign campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter(1, campaign.id).getResultList();
        Map<String, Map<CallOutcome, Long>> byLabel = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byLabel.computeIfAbsent(((String) r[0]).strip(), k -> new EnumMap<>(CallOutcome.class))
                    .merge(CallOutcome.valueOf((String) r[1]), ((Number) r[2]).longValue(), Long::sum);
        }
        return byLabel.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.getTotal() != b.getTotal() ? Long.compare(b.getTotal(), a.getTotal()) : a.label().compareTo(b.label()))
                .toList();
    }
}
