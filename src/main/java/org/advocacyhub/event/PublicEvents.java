package org.advocacyhub.event;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Optional;
import org.advocacyhub.web.PublicCache;
import org.advocacyhub.web.ShortCache;

/**
 * What every visitor of the event pages sees, read at most once per advocacy.public-cache.ttl per
 * instance: a public event, its places taken, and the results of a search. An answer or a cancellation
 * on this instance refreshes the event's places when it commits, any change to an event's row through
 * Hibernate refreshes the event and the searches ({@link Listener}); other instances within the time
 * to live. Events that are not public are never kept: their host and coordinators always read them fresh.
 */
@ApplicationScoped
public class PublicEvents {

    private final PublicCache cache;
    private final ShortCache<String, Event> bySlug;
    private final ShortCache<Long, Long> placesTaken;
    private final ShortCache<String, EventSearch.Results> searches;

    PublicEvents(PublicCache cache) {
        this.cache = cache;
        bySlug = cache.newCache(10_000);
        placesTaken = cache.newCache(10_000);
        searches = cache.newCache(5_000);
    }

    /** The event at this address if anyone may see it. */
    Optional<Event> publicBySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug, s -> Event.findBySlug(s).filter(PublicEvents::isPublic).orElse(null)));
    }

    /** As {@link Event#isVisibleTo} says for someone who neither hosts nor coordinates. */
    private static boolean isPublic(Event e) {
        return e.status == EventStatus.PUBLISHED || (e.status == EventStatus.CANCELLED && e.publishedAt != null);
    }

    long placesTaken(Event e) {
        return placesTaken.get(e.id, id -> Rsvp.placesTaken(e));
    }

    /** The results of a validated search, for everyone who asks the same within the time to live. */
    EventSearch.Results search(EventSearch search) {
        return searches.get(search.key(), k -> search.run());
    }

    /** Someone answered or cancelled: the places change. */
    void answered(long eventId) {
        cache.afterCommit(() -> placesTaken.forget(eventId));
    }

    void changed(Long eventId) {
        cache.afterCommit(() -> {
            bySlug.forgetAll();
            searches.forgetAll();
            if (eventId != null) {
                placesTaken.forget(eventId);
            }
        });
    }

    /** On Event: an approval, an edit, a cancellation shows on the public pages at once. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Event e) {
            Arc.container().instance(PublicEvents.class).get().changed(e.id);
        }
    }
}
