package dev.urakata.shared.purchasing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one purchase order; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record PurchaseOrderId(@JsonValue String value) {

    @JsonCreator
    public PurchaseOrderId {
        Identifiers.require(value, "purchase order id");
    }

    /** A new random identifier. */
    public static PurchaseOrderId newId() {
        return new PurchaseOrderId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
