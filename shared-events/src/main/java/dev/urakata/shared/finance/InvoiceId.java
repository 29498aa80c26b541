package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one invoice; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record InvoiceId(@JsonValue String value) {

    @JsonCreator
    public InvoiceId {
        Identifiers.require(value, "invoice id");
    }

    /** A new random identifier. */
    public static InvoiceId newId() {
        return new InvoiceId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
