package org.advocacyhub.letter;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import org.advocacyhub.web.PublicCache;
import org.advocacyhub.web.ShortCache;

/**
 * The letter campaigns every visitor reads (the list and a campaign's first page), kept for
 * advocacy.public-cache.ttl per instance and forgotten when a change to a campaign commits here
 * ({@link Listener}). The steps that write letters read the campaign fresh.
 */
@ApplicationScoped
public class PublicCampaigns {

    private final PublicCache cache;
    private final ShortCache<String, LetterCampaign> bySlug;
    private final ShortCache<Boolean, List<LetterCampaign>> open;

    PublicCampaigns(PublicCache cache) {
        this.cache = cache;
        bySlug = cache.newCache(10_000);
        open = cache.newCache(1);
    }

    /** The public campaign at this address, or null. */
    LetterCampaign publicBySlug(String slug) {
        return bySlug.get(slug, s -> LetterCampaign.findBySlug(s).filter(LetterCampaign::isPublic).orElse(null));
    }

    List<LetterCampaign> open() {
        return open.get(Boolean.TRUE, k -> List.copyOf(LetterCampaign.open()));
    }

    void changed() {
        cache.afterCommit(() -> {
            bySlug.forgetAll();
            open.forgetAll();
        });
    }

    /** On LetterCampaign. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(LetterCampaign c) {
            Arc.container().instance(PublicCampaigns.class).get().changed();
        }
    }
}
