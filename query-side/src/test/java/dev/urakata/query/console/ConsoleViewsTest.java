package dev.urakata.query.console;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleViewsTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesSpreadsheetFormulas() {
        ConsoleViews.Table table = new ConsoleViews.Table("t", List.of("Name", "Note"), List.of(
                ConsoleViews.Cell.texts("Widget, large", "say \"hi\""),
                ConsoleViews.Cell.texts("=HYPERLINK(\"x\")", "plain")));

        assertThat(ConsoleViews.csv(table, false)).isEqualTo("Name,Note\r\n"
                + "\"Widget, large\",\"say \"\"hi\"\"\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",plain\r\n");
    }

    @Test
    void csvGivesAmountsAndQuantitiesNumericCellsWithTheirCurrencyOrUnitBeside() {
        ConsoleViews.Table table = new ConsoleViews.Table("t", List.of("Name", "Value", "On hand", "Used"),
                List.of(List.of(ConsoleViews.Cell.text("田中"), ConsoleViews.Cell.money(Money.of("4026000", "JPY")),
                        ConsoleViews.Cell.quantity(new BigDecimal("-2.5"), "kg"),
                        ConsoleViews.Cell.percent(new BigDecimal("12.5")))));

        assertThat(table.rows().get(0).get(1).text()).isEqualTo("4026000 JPY"); // the page shows it as before
        assertThat(ConsoleViews.csv(table, false)).isEqualTo("Name,Value,Value currency,On hand,On hand unit,Used\r\n"
                + "田中,4026000,JPY,-2.5,kg,12.5\r\n");
        assertThat(ConsoleViews.csv(table, true)).startsWith("\uFEFFName,Value,");
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

    @Test
    void formQuantitiesAndMoneyFollowTheApisRulesAndIndexedFieldsGetPlainIds() {
        FormErrors errors = new FormErrors();
        assertThat(FormCommands.quantity(errors, "a", "2.5", 9)).isEqualByComparingTo("2.5");
        assertThat(FormCommands.quantity(errors, "b", "-3", 9)).isNull();
        assertThat(FormCommands.quantity(errors, "c", "1.2345", 9)).isNull();
        assertThat(FormCommands.quantity(errors, "d", "1000000000", 9)).isNull();
        assertThat(FormCommands.money(errors, "e", "0", "currency", "EUR", false)).isEqualTo(Money.of("0", "EUR"));
        assertThat(FormCommands.money(errors, "f", "0", "currency", "EUR", true)).isNull();
        assertThat(FormCommands.money(errors, "g", "1.5", "currency", "JPY", false)).isNull();

        assertThat(errors.fields().keySet()).containsExactly("b", "c", "d", "f", "g");
        assertThat(errors.of("b")).isEqualTo("must be greater than 0");
        assertThat(errors.of("c")).startsWith("numeric value out of bounds");
        assertThat(errors.of("f")).isEqualTo("must be greater than 0");
        assertThat(errors.of("g")).contains("JPY");
        assertThat(errors.id("lines[2].taxCode")).isEqualTo("lines-2-taxCode");
        assertThat(errors.id("currency")).isEqualTo("currency");
    }

    @Test
    void aRefusalIsAboutTheFieldTheFirstMatchingRuleNames() {
        FormCommands.Refusal period = FormCommands.Refusal.of(CommonErrors.INVALID_INPUT,
                "schedule's period", "start");
        assertThat(period.matches(CommonErrors.INVALID_INPUT,
                "the shift must lie inside the schedule's period 2026-12-01..2026-12-14")).isTrue();
        assertThat(period.matches(CommonErrors.INVALID_INPUT, "end must be after start"))
                .isFalse();
        assertThat(FormCommands.Refusal.of(CommonErrors.NOT_FOUND, "scheduleId")
                .matches(CommonErrors.NOT_FOUND, null)).isTrue();
    }
}
