package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one shift swap request within a schedule; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record SwapId(@JsonValue String value) {

    @JsonCreator
    public SwapId {
        Identifiers.require(value, "swap id");
    }

    /** A new random identifier. */
    public static SwapId newId() {
        return new SwapId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
