package dev.urakata.shared.legal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one legal case; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record LegalCaseId(@JsonValue String value) {

    @JsonCreator
    public LegalCaseId {
        Identifiers.require(value, "legal case id");
    }

    /** A new random identifier. */
    public static LegalCaseId newId() {
        return new LegalCaseId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
