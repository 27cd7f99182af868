package org.advocacyhub.news;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** One news e-mail as a coordinator sent it: what it said, to whom (by language) and to how many. */
@Entity
@Table(name = "news_mailing")
public class NewsMailing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    /** "en", "es", or null for everyone who agreed. */
    public String language;

    @Column(nullable = false)
    public int recipients;

    /** The segment it went to (SupporterPages), and its name then: the segment may be renamed or deleted. */
    @Column(name = "segment_id")
    public Long segmentId;

    @Column(name = "segment_name")
    public String segmentName;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** The newest first, as the news page lists them. */
    static List<NewsMailing> latest(int max) {
        return find("order by id desc").page(0, max).list();
    }

    /** When it was sent, in US Eastern time like every coordinator page. */
    public ZonedDateTime getSent() {
        return createdAt.atZone(ZoneId.of("America/New_York"));
    }
}
