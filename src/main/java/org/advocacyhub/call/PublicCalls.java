package org.advocacyhub.call;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import org.advocacyhub.web.PublicCache;
import org.advocacyhub.web.ShortCache;

/**
 * The call campaigns every visitor reads (the list and a campaign's first page), kept for
 * advocacy.public-cache.ttl per instance and forgotten when a change to a campaign commits here.
 * Recording a call reads the campaign fresh.
 */
@ApplicationScoped
public class PublicCalls {

    private final PublicCache cache;
    private final ShortCache<String, CallCampaign> bySlug;
    private final ShortCache<Boolean, List<CallCampaign>> open;

    PublicCalls(PublicCache cache) {
        this.cache = cache;
        bySlug = cache.newCache(10_000);
        open = cache.newCache(1);
    }

    CallCampaign publicBySlug(String slug) {
        return bySlug.get(slug, s -> CallCampaign.findBySlug(s).filter(CallCampaign::isPublic).orElse(null));
    }

    List<CallCampaign> open() {
        return open.get(Boolean.TRUE, k -> List.copyOf(CallCampaign.open()));
    }

    void changed() {
        cache.afterCommit(() -> {
            bySlug.forgetAll();
            open.forgetAll();
        });
    }

    /** On CallCampaign. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(CallCampaign c) {
            Arc.container().instance(PublicCalls.class).get().changed();
        }
    }
}
