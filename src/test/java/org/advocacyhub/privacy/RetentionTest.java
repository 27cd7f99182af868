package org.advocacyhub.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The nightly job with the default periods (24 months without action, 30 days unconfirmed): rows placed
 * either side of each limit show where it cuts. Times are relative to now, so the rows other test classes
 * make in the shared database (all recent) are out of its reach.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Test
    void anonymisesExactlyTheRowsPastThePeriod() throws Exception {
        Instant now = Instant.now();
        long petition = PrivacyFixtures.petition(em);

        long idle25 = person("idle25", false, ago(now, 25, 0));     // 25 months idle, no consent: erased
        long idle23 = person("idle23", false, ago(now, 23, 0));     // 23 months idle: kept
        long consenting = person("consent", true, ago(now, 25, 0)); // idle but agreed to news: kept
        long recentAction = person("recent", false, ago(now, 25, 0));
        long sig = PrivacyFixtures.sign(em, petition, recentAction, "Recent", true);
        at("signature", sig, ago(now, 5, 0));                      // a signature 5 months ago: kept

        long unconfirmed31 = person("unconf31", true, ago(now, 0, 31));
        long old = PrivacyFixtures.sign(em, petition, unconfirmed31, "Unconfirmed comment", false);
        at("signature", old, ago(now, 0, 31));                      // 31 days unconfirmed: anonymised, signer erased
        long unconfirmed29 = person("unconf29", false, ago(now, 0, 29));
        long young = PrivacyFixtures.sign(em, petition, unconfirmed29, "Young comment", false);
        at("signature", young, ago(now, 0, 29));                    // 29 days: untouched
        long alsoConfirmed = person("both", false, ago(now, 0, 45));
        long oldToo = PrivacyFixtures.sign(em, petition, alsoConfirmed, "Mixed comment", false);
        at("signature", oldToo, ago(now, 0, 45));
        long other = PrivacyFixtures.petition(em);
        PrivacyFixtures.sign(em, other, alsoConfirmed, "Confirmed elsewhere", true);
        at("supporter", alsoConfirmed, ago(now, 0, 45));            // comment goes, person stays

        long signaturesBefore = MyDataTest.signatures(petition);
        Retention.Outcome outcome = retention.run(now);

        assertErased(idle25);
        assertKept(idle23);
        assertKept(consenting);
        assertKept(recentAction);
        assertErased(unconfirmed31);
        assertKept(unconfirmed29);
        assertKept(alsoConfirmed);
        assertNull(value("SELECT comment FROM signature WHERE id = " + old));
        assertNull(value("SELECT comment FROM signature WHERE id = " + oldToo));
        assertEquals("Young comment", value("SELECT comment FROM signature WHERE id = " + young));
        assertEquals("Recent", value("SELECT comment FROM signature WHERE id = " + sig));
        assertEquals(signaturesBefore, MyDataTest.signatures(petition), "anonymised signatures still count");
        assertTrue(outcome.inactiveErased() >= 1 && outcome.unverifiedErased() >= 1 && outcome.unverifiedSignatures() >= 2,
                outcome.toString());

        // A second run finds nothing more of these.
        retention.run(now);
        assertKept(idle23);
        assertEquals("Young comment", value("SELECT comment FROM signature WHERE id = " + young));
    }

    private long person(String name, boolean consent, Instant lastActive) {
        long id = PrivacyFixtures.person(PrivacyFixtures.unique(name) + "@example.org", "Rita", name, consent, "en");
        at("supporter", id, lastActive);
        return id;
    }

    /** Places a row at a time: created then, and for a supporter, last changed then. */
    private void at(String table, long id, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE " + table + " SET created_at = ?1"
                + (table.equals("supporter") ? ", updated_at = ?1" : "") + " WHERE id = ?2")
                .setParameter(1, when).setParameter(2, id).executeUpdate());
    }

    private static Instant ago(Instant now, int months, int days) {
        return now.atOffset(java.time.ZoneOffset.UTC).minusMonths(months).minusDays(days).toInstant();
    }

    private static void assertErased(long id) throws Exception {
        assertNotNull(value("SELECT erased_at FROM supporter WHERE id = " + id), "supporter " + id + " erased");
        assertNull(value("SELECT email FROM supporter WHERE id = " + id));
        assertNull(value("SELECT last_name FROM supporter WHERE id = " + id));
    }

    private static void assertKept(long id) throws Exception {
        assertNull(value("SELECT erased_at FROM supporter WHERE id = " + id), "supporter " + id + " kept");
        assertNotNull(value("SELECT email FROM supporter WHERE id = " + id));
    }

    private static String value(String sql) throws Exception {
        return UnsubscribeTest.value(sql);
    }
}
