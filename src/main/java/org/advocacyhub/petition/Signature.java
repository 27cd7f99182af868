package org.advocacyhub.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.advocacyhub.supporter.Supporter;

@Entity
@Table(name = "signature")
public class Signature extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id")
    public Petition petition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supporter_id")
    public Supporter supporter;

    public String comment;

    @Column(name = "show_name")
    public boolean showName;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** Kept by the database (V10 trigger): when the row last changed, for partners' sync. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    public boolean isVerified() {
        return verifiedAt != null;
    }

    /**
     * Total and verified signatures of a petition, from the daily roll-up (V7, slots since V16): a few
     * rows per day of the petition's life, however many signatures it has.
     */
    public record Counts(long total, long verified) {
    }

    public static Counts counts(Petition p) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "SELECT COALESCE(sum(signatures), 0), COALESCE(sum(verified), 0) FROM daily_signature_slot WHERE petition_id = ?1")
                .setParameter(1, p.id).getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The latest signers who chose to be shown, as "Ann B., VT": confirmed signatures only, since
     * anyone can type a name with anyone's address; the counts keep "all" and "confirmed" apart.
     */
    public static List<String> recentPublicNames(Petition p, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT s.first_name, s.last_name, z.state
                FROM signature g JOIN supporter s ON s.id = g.supporter_id
                LEFT JOIN zip_area z ON z.zip = s.zip
                WHERE g.petition_id = ?1 AND g.show_name AND g.verified_at IS NOT NULL AND s.first_name IS NOT NULL
                ORDER BY g.created_at DESC, g.id DESC LIMIT ?2""")
                .setParameter(1, p.id).setParameter(2, max).getResultList();
        return rows.stream().map(r -> {
            String last = (String) r[1];
            String name = r[0] + (last == null || last.isBlank() ? "" : " " + last.strip().charAt(0) + ".");
            return r[2] == null ? name : name + ", " + r[2];
        }).toList();
    }

    public static List<Signature> ofSupporter(Supporter s) {
        return find("select g from Signature g join fetch g.petition where g.supporter = ?1 order by g.createdAt desc", s).list();
    }
}
