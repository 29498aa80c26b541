package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one schedule aggregate (a location's or team's plan for a period); appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record ScheduleId(@JsonValue String value) {

    @JsonCreator
    public ScheduleId {
        Identifiers.require(value, "schedule id");
    }

    /** A new random identifier. */
    public static ScheduleId newId() {
        return new ScheduleId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
