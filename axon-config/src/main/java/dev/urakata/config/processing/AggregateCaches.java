package dev.urakata.config.processing;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The aggregate caches of this process, one per aggregate type. Axon keys a cache entry by the aggregate's id alone,
 * so one cache shared by all types handed a stock item to a payroll run's repository when a request named the one by
 * the other's id (a 503 where "no such payroll run", 404, was right).
 */
public final class AggregateCaches {

    private final int capacityPerType;
    private final List<BoundedAggregateCache> caches = new CopyOnWriteArrayList<>();

    /** @param capacityPerType aggregates each type keeps; 0 keeps none */
    public AggregateCaches(int capacityPerType) {
        this.capacityPerType = capacityPerType;
    }

    /** A new cache for one aggregate type. */
    public Cache newCache() {
        if (capacityPerType <= 0) {
            return NoCache.INSTANCE;
        }
        BoundedAggregateCache cache = new BoundedAggregateCache(capacityPerType);
        caches.add(cache);
        return cache;
    }

    /** Forgets the aggregate with this id, whatever its type (the next command reads it from the store). */
    public void remove(String aggregateId) {
        caches.forEach(cache -> cache.remove(aggregateId));
    }
}
