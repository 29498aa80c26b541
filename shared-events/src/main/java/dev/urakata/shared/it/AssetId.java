package dev.urakata.shared.it;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one IT asset (a laptop, a phone, a badge); appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record AssetId(@JsonValue String value) {

    @JsonCreator
    public AssetId {
        Identifiers.require(value, "asset id");
    }

    /** A new random identifier. */
    public static AssetId newId() {
        return new AssetId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
