package org.advocacyhub.letter;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.supporter.Supporter;

/**
 * One letter from one supporter to one legislator. Created by {@link LetterDesk}; its delivery
 * state (status, attempts, last error, sent time) is copied from its outbox message by a database
 * trigger (V5 migration), so the app never writes those columns itself.
 */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public LetterCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supporter_id")
    public Supporter supporter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legislator_id")
    public Legislator legislator;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "sender_city", nullable = false)
    public String senderCity;

    @Column(name = "sender_zip", nullable = false)
    public String senderZip;

    /** The address the letter was e-mailed to. */
    /** The address the letter was e-mailed to; null on the routes without e-mail. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryRoute route = DeliveryRoute.DELIVERY_INBOX;

    @Column(name = "outbox_message_id")
    public Long outboxMessageId;

    /** Set by the database: the outbox trigger (V5) on the e-mail routes, LetterDesk's own updates on the others. */
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public LetterStatus status;

    /** When the supporter said they sent it through the contact form, or it was printed. */
    @Column(name = "delivered_at", insertable = false, updatable = false)
    public Instant deliveredAt;

    @Column(insertable = false, updatable = false)
    public int attempts;

    @Column(name = "last_error", insertable = false, updatable = false)
    public String lastError;

    @Column(name = "sent_at", insertable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    /** Kept by the database (V10 trigger): when the row last changed, for partners' sync. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** For "my activity": newest first, with what the page shows loaded. */
    public static List<Letter> ofSupporter(Supporter supporter) {
        return find("select l from Letter l join fetch l.campaign join fetch l.legislator where l.supporter = ?1 "
                + "order by l.createdAt desc, l.id", supporter).list();
    }

    /**
     * One line of a campaign's results: letters written; sent (by our mail server, or by the supporter
     * through the office's form); failed; printed for hand delivery; the rest waiting.
     */
    public record Tally(String label, long letters, long sent, long failed, long printed) {
        public long getWaiting() {
            return letters - sent - failed - printed;
        }
    }

    /** Letters per state of the legislator written to, most first. */
    public static List<Tally> byState(LetterCampaign campaign) {
        return tally("""
                SELECT g.state, count(*), count(*) FILTER (WHERE l.status IN ('SENT', 'SENT_BY_SUPPORTER')), count(*) FILTER (WHERE l.status = 'FAILED'), count(*) FILTER (WHERE l.status = 'PRINTED')
                FROM letter l JOIN legislator g ON g.id = l.legislator_id
                WHERE l.campaign_id = ?1 GROUP BY g.state ORDER BY count(*) DESC, g.state""", campaign);
    }

    /** Letters to one legislator: the page names them in its language ({@code letters:tallyName}). */
    public record LegislatorTally(Legislator legislator, long letters, long sent, long failed, long printed) {
    }

    /** Letters per legislator, most first. */
    public static List<LegislatorTally> byLegislator(LetterCampaign campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT g.id, count(*), count(*) FILTER (WHERE l.status IN ('SENT', 'SENT_BY_SUPPORTER')), count(*) FILTER (WHERE l.status = 'FAILED'), count(*) FILTER (WHERE l.status = 'PRINTED')
                FROM letter l JOIN legislator g ON g.id = l.legislator_id
                WHERE l.campaign_id = ?1 GROUP BY g.id ORDER BY count(*) DESC, g.last_name, g.first_name""")
                .setParameter(1, campaign.id).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Legislator> legislators = Legislator.<Legislator>list("id in ?1",
                rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .stream().collect(Collectors.toMap(g -> g.id, g -> g));
        return rows.stream().map(r -> new LegislatorTally(legislators.get(((Number) r[0]).longValue()),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
    }

    /** Letters of one route: how many, how many reached the route's end, how many failed, the rest waiting. */
    public record RouteTally(DeliveryRoute route, long letters, long done, long failed) {
        public long getWaiting() {
            return letters - done - failed;
        }
    }

    /** Every route, in order, with zeros for the routes no letter took: each counted apart. */
    public static List<RouteTally> byRoute(LetterCampaign campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT route, count(*),
                       count(*) FILTER (WHERE status IN ('SENT', 'SENT_BY_SUPPORTER', 'PRINTED')),
                       count(*) FILTER (WHERE status = 'FAILED')
                FROM letter WHERE campaign_id = ?1 GROUP BY route""").setParameter(1, campaign.id).getResultList();
        Map<String, Object[]> byRoute = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
        return java.util.Arrays.stream(DeliveryRoute.values()).map(route -> {
            Object[] r = byRoute.get(route.name());
            return r == null ? new RouteTally(route, 0, 0, 0)
                    : new RouteTally(route, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }).toList();
    }

    public static Tally total(LetterCampaign campaign) {
        return tally("""
                SELECT 'All', count(*), count(*) FILTER (WHERE status IN ('SENT', 'SENT_BY_SUPPORTER')), count(*) FILTER (WHERE status = 'FAILED'),
                       count(*) FILTER (WHERE status = 'PRINTED')
                FROM letter WHERE campaign_id = ?1""", campaign).get(0);
    }

    private static List<Tally> tally(String sql, LetterCampaign campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter(1, campaign.id).getResultList();
        return rows.stream().map(r -> new Tally((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** In English; pages use {@code {letters:letterStatus(l.status)}}. */
    public String getStatusLabel() {
        return status == null ? LetterStatus.QUEUED.label : status.label;
    }
}
