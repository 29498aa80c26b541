package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one customer; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record CustomerId(@JsonValue String value) {

    @JsonCreator
    public CustomerId {
        Identifiers.require(value, "customer id");
    }

    /** A new random identifier. */
    public static CustomerId newId() {
        return new CustomerId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
