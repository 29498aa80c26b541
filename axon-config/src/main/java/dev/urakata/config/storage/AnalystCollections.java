package dev.urakata.config.storage;

import java.util.List;

/**
 * The read models analysts may query through the embedded server's read-only port, under their stable names:
 * provided by the query side's catalogue, which also knows where a rebuilt view lives now.
 */
public interface AnalystCollections {

    /** Every collection served, by its stable name. */
    List<String> names();

    /** The collection holding the view called {@code name} now, or {@code null} if {@code name} is not served. */
    String physical(String name);

    /** The fields of {@code name}'s documents that analysts never see (personal data), none by default. */
    default List<String> hidden(String name) {
        return List.of();
    }
}
