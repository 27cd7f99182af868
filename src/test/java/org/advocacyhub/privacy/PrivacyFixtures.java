package org.advocacyhub.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacyhub.supporter.Supporter;

/** Rows about people, written straight to the tables: what the privacy features read, export and erase. */
final class PrivacyFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private PrivacyFixtures() {
    }

    static String unique(String name) {
        return name + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
    }

    static long person(String email, String first, String last, boolean consent, String language) {
        return QuarkusTransaction.requiringNew().call(() -> Supporter.upsert(email, first, last, "05401",
                consent ? new Supporter.Consent("petition:privacy", "E-mail me news about events and campaigns") : null,
                null, language).id);
    }

    static long petition(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at)
                VALUES (?1, 'Fund MS research', 'Summary', 'Body', 'Congress', 100, 'OPEN', now()) RETURNING id
                """).setParameter(1, unique("privacy-petition")).getSingleResult()).longValue());
    }

    static long sign(EntityManager em, long petitionId, long supporterId, String comment, boolean verified) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO signature (petition_id, supporter_id, comment, show_name, verified_at)
                VALUES (?1, ?2, ?3, TRUE, CASE WHEN ?4 THEN now() END) RETURNING id
                """).setParameter(1, petitionId).setParameter(2, supporterId).setParameter(3, comment)
                .setParameter(4, verified).getSingleResult()).longValue());
    }

    static long event(EntityManager em, String hostSubject, String hostName, String hostEmail) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, street, city, state, zip,
                                   accessibility, status, host_subject, host_name, host_email)
                VALUES (?1, 'Privacy walk', 'A walk.', 'AWARENESS_WALK', now() + interval '10 days',
                        now() + interval '10 days 2 hours', 'America/New_York', '1 Main St', 'Burlington', 'VT', '05401',
                        'ACCESSIBLE', 'PUBLISHED', ?2, ?3, ?4) RETURNING id
                """).setParameter(1, unique("privacy-walk")).setParameter(2, hostSubject).setParameter(3, hostName)
                .setParameter(4, hostEmail).getSingleResult()).longValue());
    }

    static void rsvp(EntityManager em, long eventId, long supporterId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO rsvp (event_id, supporter_id, status, guests, email_updates) VALUES (?1, ?2, 'GOING', 1, TRUE)
                """).setParameter(1, eventId).setParameter(2, supporterId).executeUpdate());
    }

    /** A letter to the first legislator on file, in a campaign of its own. */
    static void letter(EntityManager em, long supporterId, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            long campaign = ((Number) em.createNativeQuery("""
                    INSERT INTO letter_campaign (slug, title, intro, chambers, subject_template, body_template, status)
                    VALUES (?1, 'Privacy letters', 'Intro', 'BOTH', 'Subject', 'Body', 'OPEN') RETURNING id
                    """).setParameter(1, unique("privacy-letters")).getSingleResult()).longValue();
            long legislator = ((Number) em.createNativeQuery("SELECT min(id) FROM legislator").getSingleResult()).longValue();
            em.createNativeQuery("""
                    INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient)
                    VALUES (?1, ?2, ?3, 'Please fund MS research', ?4, 'Burlington', '05401', 'letters@advocacyhub.localhost')
                    """).setParameter(1, campaign).setParameter(2, supporterId).setParameter(3, legislator)
                    .setParameter(4, body).executeUpdate();
        });
    }

    /** A supporter linked to a Keycloak subject, as signing while signed in makes one. */
    static long linked(String subject, String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Supporter existing = Supporter.findBySubject(subject).orElse(null);
            return existing != null ? existing.id : Supporter.upsert(email, "Sid", "Signedin", "05401", null, subject).id;
        });
    }

    /** An outbox row to or about someone, due in a year so that no test's sender sends it. */
    static void queuedMail(EntityManager em, String to, String replyTo, String subject) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO outbox_message (recipient, reply_to, subject, body_text, kind, next_attempt_at)
                VALUES (?1, CAST(?2 AS text), ?3, ?3, 'test', now() + interval '1 year')
                """).setParameter(1, to).setParameter(2, replyTo).setParameter(3, subject).executeUpdate());
    }
}
