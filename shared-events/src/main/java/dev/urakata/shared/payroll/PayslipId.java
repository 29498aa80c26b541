package dev.urakata.shared.payroll;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one payslip (one employee in one payroll run; stable across recalculations); appears in JSON as a
 * plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record PayslipId(@JsonValue String value) {

    @JsonCreator
    public PayslipId {
        Identifiers.require(value, "payslip id");
    }

    /** A new random identifier. */
    public static PayslipId newId() {
        return new PayslipId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
