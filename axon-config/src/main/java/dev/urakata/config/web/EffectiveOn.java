package dev.urakata.config.web;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads an {@code effectiveOn} parameter, the valid-time half of a bitemporal question: "what was in force on this
 * day" — by the dates the business gave (a hire date, a salary's effective date, an invoice's due date), not by
 * when it was recorded, which {@link AsOf} asks. A date ({@code 2026-11-20}) or an instant
 * ({@code 2026-11-20T09:00:00Z}, which stands for its day in UTC, the zone every effective date is kept in), in the
 * years {@link RequestDates#MIN_YEAR} to {@link RequestDates#MAX_YEAR}. Both together: "what did we believe on
 * asOf was in force on effectiveOn".
 */
public final class EffectiveOn {

    /** The parameter's name, the same on every view. */
    public static final String PARAMETER = "effectiveOn";

    private EffectiveOn() {
    }

    /** The day {@code value} stands for, {@code null} for none; INVALID_INPUT when it is neither date nor instant. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = value.length() == 10 ? LocalDate.parse(value)
                    : Instant.parse(value).atZone(ZoneOffset.UTC).toLocalDate();
            return RequestDates.requireInRange(PARAMETER, day);
        } catch (DateTimeException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "effectiveOn must be an ISO date (2026-11-20) or instant (2026-11-20T09:00:00Z)");
        }
    }
}
