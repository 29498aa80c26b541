package dev.urakata.shared.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

/**
 * Identifies a data subject: the natural person personal data is about, by the id of the aggregate that holds
 * it: an employee id for an employee, a supplier id for the supplier's contact person. Appears in JSON as a
 * plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record DataSubjectId(@JsonValue String value) {

    @JsonCreator
    public DataSubjectId {
        Identifiers.require(value, "data subject id");
    }

    @Override
    public String toString() {
        return value;
    }
}
