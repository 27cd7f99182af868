package org.advocacyhub.privacy;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.event.RsvpDesk;
import org.advocacyhub.supporter.Supporter;

/**
 * Everything we hold about one supporter, and what they may do with it: read it, correct it, erase it.
 * Each section is one query over the tables that mention the person, so the page, the JSON and the CSV
 * export show the same rows, and a new table that holds personal data has one place to be added.
 */
@ApplicationScoped
public class MyData {

    /** The sections of the record, in the order the page and the exports show them. */
    public record Section(String name, List<Map<String, Object>> rows) {
    }

    public enum Reason {
        SELF, RETENTION_INACTIVE, RETENTION_UNVERIFIED, COORDINATOR
    }

    @Inject
    EntityManager em;

    @Inject
    RsvpDesk rsvps;

    /** The person's record, section by section; empty sections are kept so "nothing" is visible too. */
    @Transactional
    public List<Section> collect(long supporterId) {
        Supporter s = Supporter.findById(supporterId);
        String email = s == null ? null : s.email;
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("person", rows("""
                SELECT id, email, first_name, last_name, zip, language, keycloak_subject IS NOT NULL AS has_account,
                       email_consent_at, email_consent_source, email_consent_wording, unsubscribed_at, unsubscribe_source,
                       created_at, updated_at
                FROM supporter WHERE id = ?1 AND erased_at IS NULL
                """, supporterId)));
        sections.add(new Section("consents", rows("""
                SELECT created_at, given, source, wording, language FROM consent_event WHERE supporter_id = ?1 ORDER BY id
                """, supporterId)));
        sections.add(new Section("pending_changes", rows("""
                SELECT c.created_at, c.source, c.first_name, c.last_name, c.zip, c.language,
                       c.consent_source IS NOT NULL AS news_requested, e.title AS event, c.rsvp_guests AS guests,
                       c.expires_at, c.applied_at
                FROM pending_change c LEFT JOIN event e ON e.id = c.event_id WHERE c.supporter_id = ?1 ORDER BY c.id
                """, supporterId)));
        sections.add(new Section("signatures", rows("""
                SELECT p.title AS petition, s.comment, s.show_name, s.verified_at, s.created_at
                FROM signature s JOIN petition p ON p.id = s.petition_id WHERE s.supporter_id = ?1 ORDER BY s.id
                """, supporterId)));
        sections.add(new Section("rsvps", rows("""
                SELECT e.title AS event, e.starts_at, r.status, r.guests, r.email_updates, r.checked_in_at, r.created_at
                FROM rsvp r JOIN event e ON e.id = r.event_id WHERE r.supporter_id = ?1 ORDER BY r.id
                """, supporterId)));
        sections.add(new Section("letters", rows("""
                SELECT c.title AS campaign, g.full_name AS legislator, l.subject, l.body, l.sender_city, l.sender_zip,
                       l.status, l.sent_at, l.created_at
                FROM letter l JOIN letter_campaign c ON c.id = l.campaign_id JOIN legislator g ON g.id = l.legislator_id
                WHERE l.supporter_id = ?1 ORDER BY l.id
                """, supporterId)));
        // What coordinators wrote down about them (issue 15): theirs to see too.
        sections.add(new Section("tags", rows("""
                SELECT t.name AS tag, st.tagged_at FROM supporter_tag st JOIN tag t ON t.id = st.tag_id
                WHERE st.supporter_id = ?1 ORDER BY st.tagged_at
                """, supporterId)));
        sections.add(new Section("notes", rows("""
                SELECT body AS note, author_name AS written_by, created_at FROM supporter_note WHERE supporter_id = ?1 ORDER BY id
                """, supporterId)));
        sections.add(new Section("events_hosted", email == null ? List.of() : rows("""
                SELECT title, status, host_name, host_email, created_at FROM event WHERE host_email = ?1 ORDER BY id
                """, email)));
        sections.add(new Section("emails", email == null ? List.of() : rows("""
                SELECT kind, subject, status, created_at, sent_at FROM outbox_message
                WHERE recipient = ?1 OR reply_to = ?1 ORDER BY id
                """, email)));
        return sections;
    }

    /** Corrects the name and ZIP; the e-mail address is who they are, so changing it is a new person. */
    @Transactional
    public void correct(long supporterId, String firstName, String lastName, String zip) {
        em.createNativeQuery("""
                UPDATE supporter SET first_name = NULLIF(?2, ''), last_name = NULLIF(?3, ''), zip = NULLIF(?4, '')
                WHERE id = ?1 AND erased_at IS NULL
                """)
                .setParameter(1, supporterId).setParameter(2, firstName).setParameter(3, lastName).setParameter(4, zip)
                .executeUpdate();
    }

    /**
     * Removes the person and keeps the counts: the supporter row stays (so their signature, RSVP and letter
     * still count) but loses name, e-mail, ZIP, account link and consent; their answers to events still to
     * come are cancelled and the waiting lists move up; comments and letter texts go;
     * mail to or about them is deleted, and queued news to them is never sent. The log says only when,
     * why and how many rows changed. Returns that number; erasing twice changes nothing.
     */
    @Transactional
    public int erase(long supporterId, Reason reason) {
        Supporter s = Supporter.findById(supporterId);
        if (s == null || s.erasedAt != null) {
            return 0;
        }
        String email = s.email;
        String subject = s.keycloakSubject;
        // They will not come: their places go to the waiting lists now, not after the events.
        int changed = rsvps.cancelUpcomingOf(supporterId);
        changed += update("UPDATE signature SET comment = NULL, show_name = FALSE WHERE supporter_id = ?1", supporterId);
        changed += update("""
                UPDATE letter SET subject = '', body = '', sender_city = '', sender_zip = '00000', last_error = NULL
                WHERE supporter_id = ?1
                """, supporterId);
        changed += update("UPDATE rsvp SET email_updates = FALSE WHERE supporter_id = ?1", supporterId);
        changed += update("DELETE FROM consent_event WHERE supporter_id = ?1", supporterId);
        changed += update("DELETE FROM pending_change WHERE supporter_id = ?1", supporterId);
        // Coordinators' tags and notes say something about the person: they go with them (issue 15).
        changed += update("DELETE FROM supporter_tag WHERE supporter_id = ?1", supporterId);
        changed += update("DELETE FROM supporter_note WHERE supporter_id = ?1", supporterId);
        if (email != null) {
            changed += update("DELETE FROM outbox_message WHERE recipient = ?1 OR reply_to = ?1", email);
            changed += update("UPDATE event SET host_email = NULL, host_name = '' WHERE host_email = ?1", email);
        }
        if (subject != null) {
            changed += update("UPDATE event SET host_name = '', host_subject = 'erased' WHERE host_subject = ?1", subject);
            changed += update("UPDATE event_revision SET proposed_by_subject = 'erased' WHERE proposed_by_subject = ?1", subject);
            changed += update("UPDATE event_revision SET reviewed_by_subject = 'erased' WHERE reviewed_by_subject = ?1", subject);
        }
        changed += update("""
                UPDATE supporter SET email = NULL, first_name = NULL, last_name = NULL, zip = NULL, keycloak_subject = NULL,
                       email_consent_at = NULL, email_consent_source = NULL, email_consent_wording = NULL,
                       unsubscribed_at = NULL, unsubscribe_source = NULL, erased_at = now()
                WHERE id = ?1
                """, supporterId);
        em.createNativeQuery("INSERT INTO erasure_log (reason, rows_changed) VALUES (?1, ?2)")
                .setParameter(1, reason.name()).setParameter(2, changed).executeUpdate();
        // Hibernate's copy of the row is stale now: the next read must come from the database.
        em.detach(s);
        Log.infof("Erased a supporter (%s): %d rows changed", reason, changed);
        return changed;
    }

    private int update(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, Object parameter) {
        List<Tuple> tuples = em.createNativeQuery(sql, Tuple.class).setParameter(1, parameter).getResultList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Tuple t : tuples) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (TupleElement<?> e : t.getElements()) {
                row.put(e.getAlias(), plain(t.get(e)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Times as ISO instants, so the page, JSON and CSV agree. */
    private static Object plain(Object value) {
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        return value;
    }
}
