package org.advocacyhub.petition;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.advocacyhub.web.PublicCache;
import org.advocacyhub.web.ShortCache;

/**
 * What every visitor of the petition pages sees, read from the database at most once per
 * advocacy.public-cache.ttl per instance, so a viral petition's page costs the same at a million
 * signatures as at none: the petition, its counts (from the daily roll-up, never a count of rows) and
 * the latest public names. This instance forgets a petition when a change to it commits here (a
 * signature, a confirmation, any change to the petition's row through Hibernate: {@link Listener});
 * other instances show it within the time to live. The petitions kept are detached entities, only read.
 * The page itself, as every anonymous visitor sees it, is kept rendered the same way ({@link #page}):
 * rendering it was most of what a view cost once its data came from here.
 */
@ApplicationScoped
public class PublicPetitions {

    private final PublicCache cache;
    private final ShortCache<String, Optional<Petition>> bySlug;
    private final ShortCache<Long, PetitionPages.Standing> standings;
    private final ShortCache<Boolean, List<Petition>> open;
    private final ShortCache<Long, Map<String, Rendered>> pages;

    /**
     * A petition page as an anonymous visitor sees it, rendered once per language, with the form token
     * and the signed start time it was rendered with: each visitor gets the page with their own
     * ({@link #fill}).
     */
    record Rendered(String html, String formToken, String started) {
        String fill(String visitorFormToken, String visitorStarted) {
            return html.replace(formToken, visitorFormToken).replace(started, visitorStarted);
        }
    }

    PublicPetitions(PublicCache cache) {
        this.cache = cache;
        bySlug = cache.newCache(10_000);
        standings = cache.newCache(10_000);
        open = cache.newCache(1);
        pages = cache.newCache(10_000);
    }

    /** The anonymous visitor's page of this petition in this language: rendered by {@code render} at most once per time to live. */
    Rendered page(long petitionId, String language, Supplier<Rendered> render) {
        return pages.get(petitionId, id -> new ConcurrentHashMap<>()).computeIfAbsent(language, l -> render.get());
    }

    /** The petition at this address if the public may see it (a draft: empty; coordinators read it fresh). */
    Optional<Petition> publicBySlug(String slug) {
        return bySlug.get(slug, s -> Petition.findBySlug(s).filter(Petition::isPublic));
    }

    PetitionPages.Standing standing(Petition p) {
        return standings.get(p.id, id -> PetitionPages.standing(p));
    }

    List<Petition> open() {
        return open.get(Boolean.TRUE, k -> List.copyOf(Petition.open()));
    }

    /** A signature was added or confirmed. */
    void signed(long petitionId) {
        cache.afterCommit(() -> {
            standings.forget(petitionId);
            pages.forget(petitionId);
        });
    }

    /** A petition was created, changed, opened or closed. */
    void changed(Long petitionId) {
        cache.afterCommit(() -> {
            bySlug.forgetAll();
            if (petitionId != null) {
                standings.forget(petitionId);
            }
            pages.forgetAll();
            open.forgetAll();
        });
    }

    /** On Petition: whatever changes a petition (a coordinator's page, the API) refreshes its public page. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Petition p) {
            Arc.container().instance(PublicPetitions.class).get().changed(p.id);
        }
    }
}
