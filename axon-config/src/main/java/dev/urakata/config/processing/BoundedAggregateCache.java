package dev.urakata.config.processing;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Loaded aggregates kept between commands, at most {@code capacity} of them, the least recently used evicted
 * first. Axon's repositories put an aggregate here after a command commits and remove it when a unit of work
 * rolls back, so an entry is always the state after the last committed event of its aggregate.
 *
 * <p>Bounded by count rather than by the garbage collector (Axon's {@code WeakReferenceCache}): under load a young
 * collection every few seconds would empty a weakly referenced cache just when it pays.
 */
public final class BoundedAggregateCache implements Cache {

    private final int capacity;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> entries;

    public BoundedAggregateCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous;
        Object evicted;
        synchronized (entries) {
            previous = entries.put(key, value);
            evicted = evictEldest();
        }
        notifyPut(key, value, previous);
        notifyEvicted(evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Object evicted;
        synchronized (entries) {
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, value);
            evicted = evictEldest();
        }
        notifyPut(key, value, null);
        notifyEvicted(evicted);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T present = get(key);
        if (present != null) {
            return present;
        }
        T value = valueSupplier.get();
        return putIfAbsent(key, value) ? value : (T) get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object previous;
        Object next;
        synchronized (entries) {
            previous = entries.get(key);
            if (previous == null) {
                return;
            }
            next = update.apply((V) previous);
            if (next == null) {
                entries.remove(key);
            } else {
                entries.put(key, next);
            }
        }
        if (next == null) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        } else {
            notifyPut(key, next, previous);
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Entries held now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Removes the least recently used entry if there is one too many, and returns its key. */
    private Object evictEldest() {
        if (entries.size() <= capacity) {
            return null;
        }
        var eldest = entries.keySet().iterator();
        Object key = eldest.next();
        eldest.remove();
        return key;
    }

    private void notifyPut(Object key, Object value, Object previous) {
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
    }

    private void notifyEvicted(Object evicted) {
        if (evicted != null) {
            listeners.forEach(listener -> listener.onEntryExpired(evicted));
        }
    }
}
