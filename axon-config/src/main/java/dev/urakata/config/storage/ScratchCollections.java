package dev.urakata.config.storage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collections of the embedded MongoDB-wire server whose writes it acknowledges without committing them to its file
 * first, because nothing depends on them surviving a crash: the new version of a read model that a blue-green
 * rebuild is building beside the live one. Each is known by a name suffix that the rebuild registers when it starts
 * and removes before it switches the routes to it: from then on the collections are live and every write to them is
 * committed before it is acknowledged again. Registrations live in memory only, so after a restart nothing is scratch.
 */
public final class ScratchCollections {

    private final Set<String> suffixes = ConcurrentHashMap.newKeySet();

    /** From now on, writes to collections whose name ends with {@code suffix} need not be committed one by one. */
    public void add(String suffix) {
        suffixes.add(suffix);
    }

    /** Writes to collections ending with {@code suffix} are committed before they are acknowledged again. */
    public void remove(String suffix) {
        suffixes.remove(suffix);
    }

    /** Whether {@code collection} is a scratch collection now. */
    boolean contains(String collection) {
        if (suffixes.isEmpty()) {
            return false;
        }
        for (String suffix : suffixes) {
            if (collection.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
