package dev.urakata.shared.payroll;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one payroll run; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record PayrollRunId(@JsonValue String value) {

    @JsonCreator
    public PayrollRunId {
        Identifiers.require(value, "payroll run id");
    }

    /** A new random identifier. */
    public static PayrollRunId newId() {
        return new PayrollRunId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
