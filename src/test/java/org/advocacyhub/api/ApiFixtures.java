package org.advocacyhub.api;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacyhub.event.Accessibility;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.EventKind;
import org.advocacyhub.event.EventStatus;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.petition.PetitionStatus;

/**
 * Rows made straight in the database for the API tests, out of other tests' way: events in a ZIP code
 * no other test searches (99903, Alaska) more than a year ahead, petitions and campaigns with names of
 * their own.
 */
final class ApiFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private ApiFixtures() {
    }

    static String unique(String word) {
        return word + "-" + SEQ.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** A key with every scope (read, write, e-mail addresses), made as the coordinators' page makes it; returns the key itself. */
    static String key(String name) {
        return key(name, true, true);
    }

    /** A key with these scopes; returns the key itself. */
    static String key(String name, boolean canWrite, boolean readEmail) {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.issue(unique(name), "test", canWrite, readEmail).key());
    }

    /** A request with an API key. */
    static RequestSpecification withKey(String key) {
        return given().header(ApiAccessFilter.KEY_HEADER, key);
    }

    static Event event(String title, Integer capacity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event e = new Event();
            e.title = title;
            e.slug = unique("api-event");
            e.description = "An event for the API tests.";
            e.kind = EventKind.INFO_SESSION;
            e.startsAt = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            e.endsAt = e.startsAt.plus(2, ChronoUnit.HOURS);
            e.timeZone = "America/Sitka";
            e.venueName = "Community Hall";
            e.street = "1 Harbor Road";
            e.city = "Meyers Chuck";
            e.state = "AK";
            e.zip = "99903";
            e.latitude = 55.83;
            e.longitude = -132.06;
            e.capacity = capacity;
            e.accessibility = Accessibility.ACCESSIBLE;
            e.status = EventStatus.PUBLISHED;
            e.publishedAt = Instant.now();
            e.hostSubject = "api-test-host";
            e.hostName = "Hana Host";
            e.hostEmail = "host@example.org";
            e.persist();
            return e;
        });
    }

    static Petition petition(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            p.title = title;
            p.slug = unique("api-petition");
            p.summary = "Summary of " + title;
            p.bodyMarkdown = "We ask Congress to **fund research**.";
            p.target = "U.S. Congress";
            p.goal = 100;
            p.status = PetitionStatus.OPEN;
            p.openedAt = Instant.now();
            p.persist();
            return p;
        });
    }

    /** An OSDI person as a partner's tool sends one. */
    static Map<String, Object> person(String given, String family, String email, boolean subscribed, String zip) {
        return Map.of("given_name", given, "family_name", family,
                "email_addresses", List.of(Map.of("address", email, "primary", true, "status", subscribed ? "subscribed" : "unsubscribed")),
                "postal_addresses", List.of(Map.of("postal_code", zip, "country", "US")));
    }

    static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = ApiKey.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    static void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = ApiKey.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
