package dev.urakata.shared.payroll;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one pay policy; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record PayPolicyId(@JsonValue String value) {

    @JsonCreator
    public PayPolicyId {
        Identifiers.require(value, "pay policy id");
    }

    /** A new random identifier. */
    public static PayPolicyId newId() {
        return new PayPolicyId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
