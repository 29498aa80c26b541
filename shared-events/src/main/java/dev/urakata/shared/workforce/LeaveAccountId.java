package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;
import dev.urakata.shared.hr.EmployeeId;

/**
 * Identifies one employee's leave account; appears in JSON as a plain string. Each employee has exactly one, so
 * it is derived from the employee id (with a prefix: an aggregate id must not be shared with the employee's own
 * stream in the event store).
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record LeaveAccountId(@JsonValue String value) {

    @JsonCreator
    public LeaveAccountId {
        Identifiers.require(value, "leave account id");
    }

    /** The leave account of {@code employeeId}. */
    public static LeaveAccountId of(EmployeeId employeeId) {
        return new LeaveAccountId("leave-" + employeeId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
