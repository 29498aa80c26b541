package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.YearMonth;

/**
 * A document of {@code finance_ledger_state} (internal) that says a month ({@code period:YYYY-MM}) or a whole year
 * ({@code year:YYYY}) is closed: postings dated in it go to the first open month after it. Its existence says so.
 */
public record ClosedPeriodDocument(
        @Id String id,
        @Meaning("always true: the period is closed") boolean closed) {

    static String monthId(YearMonth month) {
        return "period:" + month;
    }

    static String yearId(int year) {
        return "year:" + year;
    }
}
