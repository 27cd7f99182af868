package org.advocacyhub.supporter;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything about one person, oldest first: when they joined, what they signed, the events they
 * said they would come to and came to, their letters, the mail we sent them, each consent given or
 * withdrawn (with where and the words), their tags and the coordinators' notes.
 */
public final class Timeline {

    /** One thing that happened; {@code link} leads to the coordinator's page about it, {@code words} is text to quote. */
    public record Entry(Instant at, String what, String link, String words) {
        public ZonedDateTime getWhen() {
            return at.atZone(SupporterSearch.ZONE);
        }
    }

    private Timeline() {
    }

    @SuppressWarnings("unchecked")
    public static List<Entry> of(Supporter s, SupportersMessages m, EntityManager em) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(s.createdAt, m.tlJoined(), null, null));
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT g.created_at, g.verified_at, p.id, p.title, g.comment FROM signature g JOIN petition p ON p.id = g.petition_id
                WHERE g.supporter_id = ?1""").setParameter(1, s.id).getResultList()) {
            String link = "/coordinator/reports/petitions/" + r[2];
            out.add(new Entry(at(r[0]), m.tlSigned((String) r[3]), link, (String) r[4]));
            if (r[1] != null) {
                out.add(new Entry(at(r[1]), m.tlConfirmed((String) r[3]), link, null));
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT r.created_at, r.checked_in_at, e.id, e.title, r.status, r.guests, r.updated_at FROM rsvp r
                JOIN event e ON e.id = r.event_id WHERE r.supporter_id = ?1""").setParameter(1, s.id).getResultList()) {
            String link = "/coordinator/reports/events/" + r[2];
            String status = (String) r[4];
            out.add(new Entry(at(r[0]), m.tlRsvp((String) r[3], ((Number) r[5]).intValue()), link, null));
            if ("WAITLISTED".equals(status)) {
                out.add(new Entry(at(r[6]), m.tlWaitlisted((String) r[3]), link, null));
            } else if ("CANCELLED".equals(status)) {
                out.add(new Entry(at(r[6]), m.tlRsvpCancelled((String) r[3]), link, null));
            }
            if (r[1] != null) {
                out.add(new Entry(at(r[1]), m.tlCheckedIn((String) r[3]), link, null));
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT l.created_at, c.id, c.title, g.full_name, l.status FROM letter l JOIN letter_campaign c ON c.id = l.campaign_id
                JOIN legislator g ON g.id = l.legislator_id WHERE l.supporter_id = ?1""").setParameter(1, s.id).getResultList()) {
            out.add(new Entry(at(r[0]), m.tlLetter((String) r[2], (String) r[3], (String) r[4]), "/coordinator/letters/" + r[1], null));
        }
        if (s.email != null) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    SELECT created_at, subject, kind, status FROM outbox_message WHERE recipient = ?1 ORDER BY id DESC LIMIT 200""")
                    .setParameter(1, s.email).getResultList()) {
                out.add(new Entry(at(r[0]), m.tlMail((String) r[1], (String) r[3]), null, null));
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT created_at, given, source, wording, language FROM consent_event WHERE supporter_id = ?1""")
                .setParameter(1, s.id).getResultList()) {
            out.add(new Entry(at(r[0]), Boolean.TRUE.equals(r[1]) ? m.tlConsentGiven((String) r[2]) : m.tlConsentWithdrawn((String) r[2]),
                    null, (String) r[3]));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT st.tagged_at, t.name, st.tagged_by FROM supporter_tag st JOIN tag t ON t.id = st.tag_id WHERE st.supporter_id = ?1""")
                .setParameter(1, s.id).getResultList()) {
            out.add(new Entry(at(r[0]), m.tlTagged((String) r[1], (String) r[2]), null, null));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT created_at, author_name, body FROM supporter_note WHERE supporter_id = ?1""")
                .setParameter(1, s.id).getResultList()) {
            out.add(new Entry(at(r[0]), m.tlNote((String) r[1]), null, (String) r[2]));
        }
        if (s.erasedAt != null) {
            out.add(new Entry(s.erasedAt, m.tlErased(), null, null));
        }
        out.sort(Comparator.comparing(Entry::at));
        return out;
    }

    private static Instant at(Object o) {
        return SupporterSearch.instant(o);
    }
}
