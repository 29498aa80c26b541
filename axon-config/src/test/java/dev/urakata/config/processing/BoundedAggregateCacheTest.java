package dev.urakata.config.processing;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate cache keeps at most its capacity, evicting the aggregate used longest ago. */
class BoundedAggregateCacheTest {

    @Test
    void theLeastRecentlyUsedEntryIsEvictedBeyondTheCapacity() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("a", "A");
        cache.put("b", "B");
        assertThat((String) cache.get("a")).isEqualTo("A"); // "a" is now the most recently used
        cache.put("c", "C");

        assertThat(cache.containsKey("b")).isFalse();
        assertThat((String) cache.get("a")).isEqualTo("A");
        assertThat((String) cache.get("c")).isEqualTo("C");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void listenersHearWhatHappensToEntries() {
        BoundedAggregateCache cache = new BoundedAggregateCache(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");
        cache.remove("b");

        assertThat(heard).containsExactly("created a", "updated a", "created b", "expired a", "removed b");
    }

    @Test
    void putIfAbsentKeepsThePresentValueAndComputeIfPresentReplacesIt() {
        BoundedAggregateCache cache = new BoundedAggregateCache(4);
        assertThat(cache.putIfAbsent("a", "first")).isTrue();
        assertThat(cache.putIfAbsent("a", "second")).isFalse();
        cache.<String>computeIfPresent("a", value -> value + "!");
        cache.<String>computeIfPresent("missing", value -> "never");

        assertThat((String) cache.get("a")).isEqualTo("first!");
        assertThat(cache.containsKey("missing")).isFalse();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aCacheOfNothingIsRefused() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
