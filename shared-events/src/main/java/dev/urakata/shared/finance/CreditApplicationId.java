package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one application of customer credit to an invoice; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record CreditApplicationId(@JsonValue String value) {

    @JsonCreator
    public CreditApplicationId {
        Identifiers.require(value, "credit application id");
    }

    /** A new random identifier. */
    public static CreditApplicationId newId() {
        return new CreditApplicationId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
