package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

/**
 * Identifies the labour rule book; appears in JSON as a plain string. There is one rule book for the company,
 * {@link #COMPANY}; the id exists so rules can later be kept per country or site without changing the events.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record LabourRulesId(@JsonValue String value) {

    /** The company's rule book. */
    public static final LabourRulesId COMPANY = new LabourRulesId("labour-rules");

    @JsonCreator
    public LabourRulesId {
        Identifiers.require(value, "labour rules id");
    }

    @Override
    public String toString() {
        return value;
    }
}
