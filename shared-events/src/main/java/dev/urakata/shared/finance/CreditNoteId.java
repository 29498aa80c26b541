package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one credit note; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record CreditNoteId(@JsonValue String value) {

    @JsonCreator
    public CreditNoteId {
        Identifiers.require(value, "credit note id");
    }

    /** A new random identifier. */
    public static CreditNoteId newId() {
        return new CreditNoteId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
