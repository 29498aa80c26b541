package dev.urakata.shared.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one stock item (one SKU, across all warehouses); appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record StockItemId(@JsonValue String value) {

    @JsonCreator
    public StockItemId {
        Identifiers.require(value, "stock item id");
    }

    /** A new random identifier. */
    public static StockItemId newId() {
        return new StockItemId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
