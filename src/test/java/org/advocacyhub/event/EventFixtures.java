package org.advocacyhub.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.legislator.StateTimeZones;
import org.advocacyhub.legislator.ZipArea;

/** Events made straight in the database, for tests about what happens to them afterwards. */
final class EventFixtures {

    private EventFixtures() {
    }

    static Event event(String title, EventStatus status, String zip, Instant start, Integer capacity, String hostSubject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ZipArea area = ZipArea.lookup(zip).orElseThrow();
            Event e = new Event();
            e.title = title;
            e.slug = HostPages.slug(title);
            e.description = "A test event.";
            e.kind = EventKind.INFO_SESSION;
            e.startsAt = start;
            e.endsAt = start.plus(2, ChronoUnit.HOURS);
            e.timeZone = StateTimeZones.forState(area.state).getId();
            e.street = "1 Main Street";
            e.city = "Testville";
            e.state = area.state;
            e.zip = zip;
            e.latitude = area.latitude;
            e.longitude = area.longitude;
            e.capacity = capacity;
            e.accessibility = Accessibility.ACCESSIBLE;
            e.status = status;
            e.publishedAt = status == EventStatus.PUBLISHED ? Instant.now() : null;
            e.hostSubject = hostSubject;
            e.hostName = "Hana Host";
            e.hostEmail = hostSubject + "@example.org";
            e.persist();
            return e;
        });
    }

    static Event published(String title, String zip, Instant start, Integer capacity) {
        return event(title, EventStatus.PUBLISHED, zip, start, capacity, "host-" + title.hashCode());
    }

    static Event reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(id));
    }
}
