package dev.urakata.shared.legal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one contract; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record ContractId(@JsonValue String value) {

    @JsonCreator
    public ContractId {
        Identifiers.require(value, "contract id");
    }

    /** A new random identifier. */
    public static ContractId newId() {
        return new ContractId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
