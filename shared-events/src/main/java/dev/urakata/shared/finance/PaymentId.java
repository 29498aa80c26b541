package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one payment; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record PaymentId(@JsonValue String value) {

    @JsonCreator
    public PaymentId {
        Identifiers.require(value, "payment id");
    }

    /** A new random identifier. */
    public static PaymentId newId() {
        return new PaymentId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
