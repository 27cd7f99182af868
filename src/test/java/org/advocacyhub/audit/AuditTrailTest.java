package org.advocacyhub.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.advocacyhub.privacy.Retention;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Every coordinator action that reads people's data in bulk or changes it leaves exactly one row in
 * the audit trail, with who and how many people (issue 15). The supporters' own actions (search,
 * tags, segments, erase, correct) are checked in SupportersTest; the API's taggings in TagsApiTest.
 */
@QuarkusTest
@TestSecurity(user = "cora-audit", roles = {"volunteer", "coordinator"})
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Inject
    Retention retention;

    @Inject
    Keycloak keycloak;

    String t = "au" + Long.toString(System.nanoTime(), 36);

    @Test
    void theCoordinatorsCsvExportsEachLeaveOneRowWithHowManyPeople() {
        long petition = insert("""
                INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at)
                VALUES (?1, 'Audit petition', 'Summary', 'Body', 'Congress', 100, 'OPEN', now()) RETURNING id""", t + "-petition");
        long event = insert("""
                INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, street, city, state, zip,
                                   accessibility, status, host_subject, host_name, host_email)
                VALUES (?1, 'Audit walk', 'A walk.', 'AWARENESS_WALK', now() + interval '10 days', now() + interval '10 days 2 hours',
                        'America/New_York', '1 Main St', 'Burlington', 'VT', '05401', 'ACCESSIBLE', 'PUBLISHED', 'host-x', 'Host',
                        'host@example.org') RETURNING id""", t + "-walk");
        long campaign = insert("""
                INSERT INTO letter_campaign (slug, title, intro, chambers, subject_template, body_template, status)
                VALUES (?1, 'Audit letters', 'Intro', 'BOTH', 'Subject', 'Body', 'OPEN') RETURNING id""", t + "-letters");
        QuarkusTransaction.requiringNew().run(() -> {
            long legislator = ((Number) em.createNativeQuery("SELECT min(id) FROM legislator").getSingleResult()).longValue();
            for (int i = 0; i < 3; i++) {
                long person = Supporter.upsert(t + "-" + i + "@example.org", "P" + i, "Audit", "05401", null, null).id;
                em.createNativeQuery("INSERT INTO signature (petition_id, supporter_id) VALUES (?1, ?2)").setParameter(1, petition)
                        .setParameter(2, person).executeUpdate();
                if (i < 2) {
                    em.createNativeQuery("INSERT INTO rsvp (event_id, supporter_id, status) VALUES (?1, ?2, 'GOING')")
                            .setParameter(1, event).setParameter(2, person).executeUpdate();
                }
                if (i < 1) {
                    em.createNativeQuery("""
                            INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient)
                            VALUES (?1, ?2, ?3, 'S', 'B', 'Burlington', '05401', 'letters@advocacyhub.localhost')""")
                            .setParameter(1, campaign).setParameter(2, person).setParameter(3, legislator).executeUpdate();
                }
            }
        });

        given().get("/coordinator/petitions/" + petition + "/signatures.csv").then().statusCode(200);
        assertOne("EXPORT", "petition:" + t + "-petition", 3);
        given().get("/events/" + t + "-walk/attendees.csv").then().statusCode(200);
        assertOne("EXPORT", "event:" + t + "-walk", 2);
        given().get("/coordinator/letters/" + campaign + "/letters.csv").then().statusCode(200);
        assertOne("EXPORT", "letter-campaign:" + t + "-letters", 1);
        long before = count("EXPORT", "dashboard:top-hosts");
        given().get("/coordinator/tables/top-hosts.csv").then().statusCode(200);
        assertEquals(before + 1, count("EXPORT", "dashboard:top-hosts"));
        long figures = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE subject LIKE 'dashboard:%' AND subject <> 'dashboard:top-hosts'")
                .getSingleResult()).longValue());
        given().get("/coordinator/tables/overview.csv").then().statusCode(200);
        assertEquals(figures, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE subject LIKE 'dashboard:%' AND subject <> 'dashboard:top-hosts'")
                .getSingleResult()).longValue()), "figures with no people in them are not audited");
    }

    @Test
    void apiKeysMadeAndRevokedAreAudited() {
        String name = "Audit key " + t;
        Forms.open("/coordinator/api-keys").form().formParam("name", name).formParam("access", "read")
                .post("/coordinator/api-keys").then().statusCode(200);
        assertOne("API_KEY_CREATED", "api-key:" + name, 0);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM api_key WHERE name = ?1").setParameter(1, name).getSingleResult()).longValue());
        Forms.open("/coordinator/api-keys").form().post("/coordinator/api-keys/" + id + "/revoke").then().statusCode(303);
        Forms.open("/coordinator/api-keys").form().post("/coordinator/api-keys/" + id + "/revoke").then().statusCode(303);
        assertOne("API_KEY_REVOKED", "api-key:" + name, 0);
    }

    @Test
    void eventsApprovedAndRejectedAreAudited() {
        for (String s : List.of("-yes", "-no")) {
            insert("""
                    INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, street, city, state, zip,
                                       accessibility, status, host_subject, host_name, host_email)
                    VALUES (?1, 'Audit pending', 'A walk.', 'AWARENESS_WALK', now() + interval '10 days', now() + interval '10 days 2 hours',
                            'America/New_York', '1 Main St', 'Burlington', 'VT', '05401', 'ACCESSIBLE', 'PENDING', 'host-x', 'Host',
                            'host@example.org') RETURNING id""", t + s);
        }
        long yes = id(t + "-yes");
        long no = id(t + "-no");
        Forms.open("/coordinator/events").form().post("/coordinator/events/" + yes + "/approve").then().statusCode(303);
        assertOne("EVENT_APPROVED", "event:" + t + "-yes", 0);
        Forms.open("/coordinator/events").form().post("/coordinator/events/" + no + "/reject").then().statusCode(400);
        assertEquals(0, count("EVENT_REJECTED", "event:" + t + "-no"), "a refused form changes nothing and logs nothing");
        Forms.open("/coordinator/events").form().formParam("reason", "Please add an address.")
                .post("/coordinator/events/" + no + "/reject").then().statusCode(303);
        assertOne("EVENT_REJECTED", "event:" + t + "-no", 0);
    }

    @Test
    void aRoleChangeIsAudited() {
        UserRepresentation u = new UserRepresentation();
        u.setUsername("audit-" + t);
        u.setEmail("audit-" + t + "@example.org");
        u.setFirstName("Audit");
        u.setLastName("Person");
        u.setEnabled(true);
        var users = keycloak.realm("advocacy").users();
        try (Response created = users.create(u)) {
            assertEquals(201, created.getStatus());
        }
        String id = users.search("audit-" + t, true).get(0).getId();
        try {
            Forms.open("/coordinator/people").form().post("/coordinator/people/" + id + "/coordinator").then().statusCode(303);
            Forms.open("/coordinator/people").form().post("/coordinator/people/" + id + "/coordinator/revoke").then().statusCode(303);
            assertEquals(2, count("ROLE_CHANGE", "account:" + id), "one row for the grant, one for taking it back");
        } finally {
            users.delete(id).close();
        }
    }

    @Test
    void theNightlyJobDeletesEntriesOlderThanTheKeepTime() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO audit_entry (at, actor_subject, actor_name, action, subject, people)
                    VALUES (now() - interval '25 months', 'x', 'Old', 'EXPORT', ?1, 5), (now() - interval '23 months', 'x', 'Kept', 'EXPORT', ?2, 5)
                    """).setParameter(1, t + ":old").setParameter(2, t + ":kept").executeUpdate();
        });
        retention.run(Instant.now());
        assertEquals(0, count("EXPORT", t + ":old"));
        assertEquals(1, count("EXPORT", t + ":kept"));
    }

    @Test
    void aBackgroundJobRecordsAsItsOwnActor() {
        QuarkusTransaction.requiringNew().run(() -> new AuditHolder().audit().recordAs("system:import", "Import of a.csv",
                AuditAction.IMPORT, t + ":import", 42));
        assertOne("IMPORT", t + ":import", 42);
    }

    /** The bean, looked up as a job would have it injected. */
    static class AuditHolder {
        Audit audit() {
            return io.quarkus.arc.Arc.container().instance(Audit.class).get();
        }
    }

    private void assertOne(String action, String subject, long people) {
        assertEquals(1, count(action, subject), action + " " + subject);
        long[] row = QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("SELECT people, at > now() - interval '5 minutes' FROM audit_entry "
                    + "WHERE action = ?1 AND subject = ?2").setParameter(1, action).setParameter(2, subject).getSingleResult();
            return new long[] {((Number) r[0]).longValue(), Boolean.TRUE.equals(r[1]) ? 1 : 0};
        });
        assertEquals(people, row[0], "people");
        assertEquals(1, row[1], "written now");
    }

    private long count(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE action = ?1 AND subject = ?2").setParameter(1, action).setParameter(2, subject)
                .getSingleResult()).longValue());
    }

    private long insert(String sql, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, slug)
                .getSingleResult()).longValue());
    }

    private long id(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT id FROM event WHERE slug = ?1")
                .setParameter(1, slug).getSingleResult()).longValue());
    }
}
