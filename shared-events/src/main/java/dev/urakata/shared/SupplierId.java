package dev.urakata.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/**
 * Identifies one supplier; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record SupplierId(@JsonValue String value) {

    @JsonCreator
    public SupplierId {
        Identifiers.require(value, "supplier id");
    }

    /** A new random identifier. */
    public static SupplierId newId() {
        return new SupplierId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
