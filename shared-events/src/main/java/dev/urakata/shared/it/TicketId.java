package dev.urakata.shared.it;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one IT support ticket; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record TicketId(@JsonValue String value) {

    @JsonCreator
    public TicketId {
        Identifiers.require(value, "ticket id");
    }

    /** A new random identifier. */
    public static TicketId newId() {
        return new TicketId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
