package dev.urakata.shared.legal;

import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's instalments add up to the contract's value exactly; the remainder goes onto the first invoice. */
class ContractBillingTest {

    @Test
    void aMonthlyPlanPutsTheRemainderOnTheFirstInvoice() {
        assertThat(new ContractBilling(Money.of("100000", "JPY"), BillingPlan.MONTHLY, 3, "STANDARD").instalments())
                .containsExactly(Money.of("33334", "JPY"), Money.of("33333", "JPY"), Money.of("33333", "JPY"));
        assertThat(new ContractBilling(Money.of("1000.00", "EUR"), BillingPlan.MONTHLY, 7, "STANDARD").instalments())
                .containsExactly(Money.of("142.90", "EUR"), Money.of("142.85", "EUR"), Money.of("142.85", "EUR"),
                        Money.of("142.85", "EUR"), Money.of("142.85", "EUR"), Money.of("142.85", "EUR"),
                        Money.of("142.85", "EUR"));
    }

    @Test
    void everyPlanSumsToTheValue() {
        for (int months = 1; months <= ContractBilling.MAX_MONTHS; months++) {
            Money value = Money.of("123457", "JPY");
            Money sum = new ContractBilling(value, BillingPlan.MONTHLY, months, "STANDARD").instalments().stream()
                    .reduce(Money.of("0", "JPY"), Money::plus);
            assertThat(sum).as("%d months", months).isEqualTo(value);
        }
    }

    @Test
    void aOneOffPlanIsOneInvoiceOfTheWholeValue() {
        assertThat(new ContractBilling(Money.of("5000", "JPY"), BillingPlan.ONE_OFF, 1, "STANDARD").instalments())
                .containsExactly(Money.of("5000", "JPY"));
    }
}
