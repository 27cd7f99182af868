package org.advocacyhub.supporter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A search saved under a name. It keeps the query, not the people: whoever matches today is in it,
 * so news to a segment never reaches someone who has since unsubscribed or been erased.
 */
@Entity
@Table(name = "segment")
public class Segment extends PanacheEntityBase {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** The query string of /coordinator/supporters (SupporterSearch.getQuery()). */
    @Column(nullable = false)
    public String query;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    public static List<Segment> all() {
        return list("order by lower(name)");
    }

    public static Optional<Segment> named(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    /** The search this segment stands for, checked (a stored query was valid when saved). */
    public SupporterSearch search(SupportersMessages m) {
        SupporterSearch s = SupporterSearch.parse(query);
        s.validate(m, "");
        s.page = "";
        return s;
    }

    public String getUrl() {
        return "/coordinator/supporters" + (query.isEmpty() ? "" : "?" + query);
    }
}
