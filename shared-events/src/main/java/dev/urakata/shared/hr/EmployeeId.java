package dev.urakata.shared.hr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one employee aggregate; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record EmployeeId(@JsonValue String value) {

    @JsonCreator
    public EmployeeId {
        Identifiers.require(value, "employee id");
    }

    /** A new random identifier. */
    public static EmployeeId newId() {
        return new EmployeeId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
