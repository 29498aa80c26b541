package dev.urakata.shared.hr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one employee aggregate; appears in JSON as a plain string.
 *
 * @param value the identifier, letters, digits and dashes, at most 64 characters
 */
public record EmployeeId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @JsonCreator
    public EmployeeId {
        Objects.requireNonNull(value, "employee id is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("employee id must be 1-64 letters, digits or dashes");
        }
    }

    /** A new random identifier. */
    public static EmployeeId newId() {
        return new EmployeeId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
