package dev.urakata.config.web;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@code asOf} parameter: an instant ({@code 2026-05-01T09:00:00Z}) or a date ({@code 2026-05-01}),
 * which means the end of that day in UTC, that is everything recorded on or before it. Either must lie in the years
 * {@link RequestDates#MIN_YEAR} to {@link RequestDates#MAX_YEAR}. Every view that looks back in time reads it this
 * way, on either side (the directory, the ledgers, an aggregate's timeline).
 */
public final class AsOf {

    private AsOf() {
    }

    /**
     * The instant {@code value} stands for; INVALID_INPUT when it is neither an instant nor a date, or when it lies
     * outside the years 1900 to 9999 (a far instant used to overflow into a 500 where it became milliseconds).
     */
    public static Instant parse(String value) {
        try {
            if (value.length() == 10) {
                return endOf(RequestDates.requireInRange("asOf", LocalDate.parse(value)));
            }
            return RequestDates.requireInRange("asOf", Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "asOf must be an ISO date (2026-05-01) or instant (2026-05-01T09:00:00Z)");
        }
    }

    /**
     * The last instant of {@code day} in UTC that a store keeping milliseconds holds: what a plain date means as an
     * instant, here and wherever a day is turned into "recorded by" (stock and labour rules take effect when recorded).
     */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }
}
