package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one shift within a schedule, unique across schedules; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record ShiftId(@JsonValue String value) {

    @JsonCreator
    public ShiftId {
        Identifiers.require(value, "shift id");
    }

    /** A new random identifier. */
    public static ShiftId newId() {
        return new ShiftId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
