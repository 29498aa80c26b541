package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Identifies one accounting period, a calendar month such as {@code 2026-04}; appears in JSON as that string.
 *
 * @param value the month, {@code yyyy-MM}
 */
public record AccountingPeriodId(@JsonValue String value) {

    @JsonCreator
    public AccountingPeriodId {
        try {
            value = YearMonth.parse(value).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("accounting period must be a month such as 2026-04");
        }
    }

    /** The period of the given month. */
    public static AccountingPeriodId of(YearMonth month) {
        return new AccountingPeriodId(month.toString());
    }

    /** The month. */
    public YearMonth month() {
        return YearMonth.parse(value);
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
