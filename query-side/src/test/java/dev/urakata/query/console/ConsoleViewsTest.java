package dev.urakata.query.console;

import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleViewsTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesSpreadsheetFormulas() {
        ConsoleViews.Table table = new ConsoleViews.Table("t", List.of("Name", "Note"), List.of(
                List.of("Widget, large", "say \"hi\""),
                List.of("=HYPERLINK(\"x\")", "plain")));

        assertThat(ConsoleViews.csv(table)).isEqualTo("Name,Note\r\n"
                + "\"Widget, large\",\"say \"\"hi\"\"\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",plain\r\n");
    }

    @Test
    void moneyAndNumbersReadAsWritten() {
        assertThat(ConsoleViews.money(Money.of("350000", "JPY"))).isEqualTo("350000 JPY");
        assertThat(ConsoleViews.money(Money.of("2.5", "EUR"))).isEqualTo("2.50 EUR");
        assertThat(ConsoleViews.number(new BigDecimal("4.000"))).isEqualTo("4");
        assertThat(ConsoleViews.number(null)).isEmpty();
    }

    @Test
    void formErrorsKeepTheFirstMessageOfAFieldAndParseOnlyFieldsWithoutOne() {
        FormErrors errors = new FormErrors();
        errors.add("salaryAmount", "must not be blank");
        errors.add("salaryAmount", "must be a number");

        assertThat(errors.of("salaryAmount")).isEqualTo("must not be blank");
        BigDecimal skipped = errors.parse("salaryAmount", "12", BigDecimal::new, "must be a number");
        assertThat(skipped).isNull();
        assertThat(errors.parse("hireDate", "2026-02-30", FormErrors::date, "must be a date")).isNull();
        assertThat(errors.of("hireDate")).isEqualTo("must be a date");
        assertThat(errors.parse("contractEndDate", "2027-03-31", FormErrors::date, "must be a date"))
                .hasToString("2027-03-31");
        assertThat(errors.any()).isTrue();
    }
}
