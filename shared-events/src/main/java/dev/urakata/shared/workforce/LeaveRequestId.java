package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one leave request within an employee's leave account; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record LeaveRequestId(@JsonValue String value) {

    @JsonCreator
    public LeaveRequestId {
        Identifiers.require(value, "leave request id");
    }

    /** A new random identifier. */
    public static LeaveRequestId newId() {
        return new LeaveRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
