package dev.urakata.query.web;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@code asOf} parameter: an instant ({@code 2026-05-01T09:00:00Z}) or a date ({@code 2026-05-01}),
 * which means the end of that day in UTC, that is everything recorded on or before it.
 */
public final class AsOf {

    private AsOf() {
    }

    /** The instant {@code value} stands for; INVALID_INPUT when it is neither an instant nor a date. */
    public static Instant parse(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_INPUT,
                    "asOf must be an ISO date (2026-05-01) or instant (2026-05-01T09:00:00Z)");
        }
    }
}
