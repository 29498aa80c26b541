package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one expense claim; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record ExpenseClaimId(@JsonValue String value) {

    @JsonCreator
    public ExpenseClaimId {
        Identifiers.require(value, "expense claim id");
    }

    /** A new random identifier. */
    public static ExpenseClaimId newId() {
        return new ExpenseClaimId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
