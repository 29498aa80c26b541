package dev.urakata.shared.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one warehouse; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record WarehouseId(@JsonValue String value) {

    @JsonCreator
    public WarehouseId {
        Identifiers.require(value, "warehouse id");
    }

    /** A new random identifier. */
    public static WarehouseId newId() {
        return new WarehouseId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
