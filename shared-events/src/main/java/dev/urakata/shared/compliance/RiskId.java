package dev.urakata.shared.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one risk in the risk register; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record RiskId(@JsonValue String value) {

    @JsonCreator
    public RiskId {
        Identifiers.require(value, "risk id");
    }

    /** A new random identifier. */
    public static RiskId newId() {
        return new RiskId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
