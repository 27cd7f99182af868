package org.advocacyhub.petition;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.web.PublicCache;
import org.advocacyhub.web.ShortCache;

/**
 * What every visitor of the petition pages sees, read from the database at most once per
 * advocacy.public-cache.ttl per instance, so a viral petition's page costs the same at a million
 * signatures as at none: the petition, its counts (from the daily roll-up, never a count of rows) and
 * the latest public names. This instance forgets a petition when a change to it commits here (a
 * signature, a confirmation, any change to the petition's row through Hibernate: {@link Listener});
 * other instances show it within the time to live. The petitions kept are detached entities, only read.
 */
@ApplicationScoped
public class PublicPetitions {

    private final PublicCache cache;
    private final ShortCache<String, Optional<Petition>> bySlug;
    private final ShortCache<Long, PetitionPages.Standing> standings;
    private final ShortCache<Boolean, List<Petition>> open;

    PublicPetitions(PublicCache cache) {
        this.cache = cache;
        bySlug = cache.newCache(10_000);
        standings = cache.newCache(10_000);
        open = cache.newCache(1);
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
        cache.afterCommit(() -> standings.forget(petitionId));
    }

    /** A petition was created, changed, opened or closed. */
    void changed(Long petitionId) {
        cache.afterCommit(() -> {
            bySlug.forgetAll();
            if (petitionId != null) {
                standings.forget(petitionId);
            }
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
