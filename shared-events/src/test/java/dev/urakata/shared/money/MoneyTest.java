package dev.urakata.shared.money;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void takesTheCurrencysMinorUnitScale() {
        assertThat(Money.of("350000.00", "JPY").amount()).isEqualByComparingTo("350000").hasScaleOf(0);
        assertThat(Money.of("12.5", "EUR").amount()).hasToString("12.50");
        assertThat(Money.of("1.234", "BHD").amount()).hasToString("1.234");
        assertThat(Money.of("350000.00", "JPY")).isEqualTo(Money.of("350000", "JPY"));
    }

    @Test
    void refusesDigitsTheCurrencyDoesNotHaveInsteadOfRoundingThem() {
        assertThatThrownBy(() -> Money.of("350000.5", "JPY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JPY");
        assertThatThrownBy(() -> Money.of("0.001", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUnknownAndPseudoCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).hasMessageContaining("unknown ISO 4217 currency");
        assertThatThrownBy(() -> Money.of("1", "XXX")).hasMessageContaining("no minor unit");
        assertThatThrownBy(() -> new Money(null, "EUR")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void roundsHalfEvenWhenACalculationMustDropDigits() {
        assertThat(Money.of("10.00", "EUR").times(new BigDecimal("0.0125")).amount()).hasToString("0.12");
        assertThat(Money.of("10.00", "EUR").times(new BigDecimal("0.0135")).amount()).hasToString("0.14");
        assertThat(Money.of("5", "JPY").times(new BigDecimal("0.5")).amount()).hasToString("2");
    }

    @Test
    void addsAndSubtractsOnlyInOneCurrency() {
        assertThat(Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(Money.of("1.00", "EUR").minus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("0.99", "EUR"));
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "JPY")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isADecimalStringInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Money.of("350000", "JPY")))
                .isEqualTo("{\"amount\":\"350000\",\"currency\":\"JPY\"}");
        assertThat(json.readValue("{\"amount\":\"12.3\",\"currency\":\"EUR\"}", Money.class))
                .isEqualTo(Money.of("12.30", "EUR"));
    }
}
