package dev.urakata.shared.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Identifies the budget of one department for one month: {@code <department>-<yyyy-MM>}, for example
 * {@code Sales-2026-04}. The month is always the last seven characters, so a department name containing hyphens
 * stays unambiguous; department names are compared exactly (case and inner spaces count), after stripping.
 *
 * @param value the id
 */
public record BudgetId(@JsonValue String value) {

    @JsonCreator
    public BudgetId {
        if (value == null || value.length() < 9 || value.charAt(value.length() - 8) != '-'
                || value.substring(0, value.length() - 8).isBlank()) {
            throw new IllegalArgumentException("budget id must be <department>-<yyyy-MM>");
        }
        try {
            YearMonth.parse(value.substring(value.length() - 7));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("budget id must end in a month such as 2026-04");
        }
    }

    /** The budget of {@code department} (stripped) for {@code period}. */
    public static BudgetId of(String department, YearMonth period) {
        return new BudgetId(department.strip() + "-" + period);
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
