package org.advocacyhub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public pages' short caches ({@link ShortCache}): all live for advocacy.public-cache.ttl, and a
 * change made on this instance is forgotten when its transaction ends, not before, so a request in
 * between cannot read the old rows and keep them for the whole time to live.
 */
@ApplicationScoped
public class PublicCache {

    @ConfigProperty(name = "advocacy.public-cache.ttl", defaultValue = "5s")
    Duration ttl;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public <K, V> ShortCache<K, V> newCache(int maxEntries) {
        return new ShortCache<>(ttl, maxEntries);
    }

    /** Runs {@code forget} when the current transaction has ended (now, outside a transaction). */
    public void afterCommit(Runnable forget) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            forget.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget.run();
            }
        });
    }
}
