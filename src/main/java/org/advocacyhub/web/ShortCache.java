package org.advocacyhub.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every visitor of a public page sees (a petition and its counts, an event, a search's results),
 * kept for a few seconds (advocacy.public-cache.ttl, docs/operations.md), so a page's cost does not
 * grow with its visitors or its data. The instance that changes something forgets the entry at once
 * ({@link #forget}); other instances show the change when their entry expires. Small on purpose: a
 * map with an expiry time per entry, cleared whole when it reaches its size (a public site has few hot
 * keys; a flood of distinct keys only costs what the page cost before).
 */
public final class ShortCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long ttlNanos;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ShortCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The value kept for {@code key}, or {@code load}'s, kept from now on. A null value is not kept. */
    public V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        Entry<V> e = entries.get(key);
        if (e != null && now - e.expiresAt() < 0) {
            return e.value();
        }
        V value = load.apply(key);
        if (value != null && ttlNanos > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }
}
