package dev.urakata.shared.it;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one reported security incident; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record SecurityIncidentId(@JsonValue String value) {

    @JsonCreator
    public SecurityIncidentId {
        Identifiers.require(value, "security incident id");
    }

    /** A new random identifier. */
    public static SecurityIncidentId newId() {
        return new SecurityIncidentId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
