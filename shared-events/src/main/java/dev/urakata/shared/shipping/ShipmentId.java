package dev.urakata.shared.shipping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one shipment for a customer order; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record ShipmentId(@JsonValue String value) {

    @JsonCreator
    public ShipmentId {
        Identifiers.require(value, "shipment id");
    }

    /** A new random identifier. */
    public static ShipmentId newId() {
        return new ShipmentId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
