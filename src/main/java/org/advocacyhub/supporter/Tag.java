package org.advocacyhub.supporter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A label coordinators put on people ("Burlington chapter"); one per name, whatever its capitals. */
@Entity
@Table(name = "tag")
public class Tag extends PanacheEntityBase {

    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** The tag of this name, made if there is none, in one statement (two coordinators make one tag). */
    public static Tag named(String name) {
        Object id = getEntityManager().createNativeQuery("""
                INSERT INTO tag (name) VALUES (?1)
                ON CONFLICT ((lower(name))) DO UPDATE SET name = tag.name
                RETURNING id
                """).setParameter(1, name.strip()).getSingleResult();
        return findById(((Number) id).longValue());
    }

    public static List<Tag> all() {
        return list("order by lower(name)");
    }

    /** id → name, for a drop-down list, with "" first meaning "any". */
    public static Map<String, String> choices(String any) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", any);
        for (Tag t : all()) {
            m.put(String.valueOf(t.id), t.name);
        }
        return m;
    }

    /** Tags one person; false if they had it already. */
    public static boolean add(long tagId, long supporterId, String by) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO supporter_tag (tag_id, supporter_id, tagged_by) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING
                """).setParameter(1, tagId).setParameter(2, supporterId).setParameter(3, by).executeUpdate() > 0;
    }

    public static boolean remove(long tagId, long supporterId) {
        return getEntityManager().createNativeQuery("DELETE FROM supporter_tag WHERE tag_id = ?1 AND supporter_id = ?2")
                .setParameter(1, tagId).setParameter(2, supporterId).executeUpdate() > 0;
    }

    /** Tags everyone the search finds (not erased); returns how many got it now. */
    public static int addAll(long tagId, SupporterSearch search, String by) {
        SupporterSearch.Condition c = search.condition();
        var q = getEntityManager().createNativeQuery("""
                INSERT INTO supporter_tag (tag_id, supporter_id, tagged_by)
                SELECT :tagId, s.id, :taggedBy FROM supporter s WHERE %s
                ON CONFLICT DO NOTHING
                """.formatted(c.sql()));
        return c.apply(q).setParameter("tagId", tagId).setParameter("taggedBy", by).executeUpdate();
    }

    public static int removeAll(long tagId, SupporterSearch search) {
        SupporterSearch.Condition c = search.condition();
        var q = getEntityManager().createNativeQuery("""
                DELETE FROM supporter_tag WHERE tag_id = :tagId AND supporter_id IN (SELECT s.id FROM supporter s WHERE %s)
                """.formatted(c.sql()));
        return c.apply(q).setParameter("tagId", tagId).executeUpdate();
    }
}
