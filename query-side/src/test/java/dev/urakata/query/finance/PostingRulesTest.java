package dev.urakata.query.finance;

import dev.urakata.query.finance.PostingRules.PayrollCalculation;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The posting rules on their own: event in, journal entry out, with no store anywhere. */
class PostingRulesTest {

    static final LocalDate APRIL_10 = LocalDate.of(2026, 4, 10);
    static final ChartOfAccounts CHART = new ChartOfAccounts();

    static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    /** account -> signed amount (debit positive), in the order of the lines. */
    static Map<String, String> lines(JournalEntry entry) {
        return entry.lines().stream().collect(Collectors.toMap(JournalEntry.Line::account,
                line -> line.amount().amount().toPlainString(), (a, b) -> a + "+" + b, LinkedHashMap::new));
    }

    @Test
    void anIssuedInvoiceIsOwedGrossAndEarnsItsNetAndItsTaxOnTheIssueDate() {
        JournalEntry entry = PostingRules.invoiceIssued(new InvoiceIssuedEvent(new CustomerId("acme"),
                new InvoiceId("inv-1"), APRIL_10, APRIL_10.plusDays(30), List.of(), jpy("100000"), jpy("10000"),
                jpy("110000")));
        assertThat(lines(entry)).containsExactly(Map.entry("1100", "110000"), Map.entry("4000", "-100000"),
                Map.entry("2300", "-10000"));
        assertThat(entry.businessDate()).isEqualTo(APRIL_10);
        assertThat(entry.fixedPostingDate()).isNull();
        assertThat(entry.imbalance()).isEmpty();
        assertThat(entry.description()).contains("inv-1", "acme");
    }

    @Test
    void aCreditNoteReducesWhatIsOwedAndCreditsTheCustomerWithWhatWasAlreadyPaid() {
        JournalEntry entry = PostingRules.creditNoteIssued(new CreditNoteIssuedEvent(new CustomerId("acme"),
                new InvoiceId("inv-1"), new CreditNoteId("cn-1"), APRIL_10, "refund", List.of(), jpy("10000"),
                jpy("1000"), jpy("11000"), jpy("4000"), jpy("7000"), jpy("0"), InvoiceStatus.PAID));
        assertThat(lines(entry)).containsExactly(Map.entry("4000", "10000"), Map.entry("2300", "1000"),
                Map.entry("1100", "-4000"), Map.entry("2200", "-7000"));
        assertThat(entry.imbalance()).isEmpty();
    }

    @Test
    void aCountLossCreditsInventoryBecauseItsValueIsNegative() {
        JournalEntry entry = PostingRules.stockCountAdjusted(new StockCountAdjustedEvent(new StockItemId("item-1"),
                new WarehouseId("w1"), "c1", new BigDecimal("6"), new BigDecimal("-1"), jpy("-200"), "breakage",
                new BigDecimal("6"), jpy("1200")), APRIL_10);
        assertThat(lines(entry)).containsExactly(Map.entry("1200", "-200"), Map.entry("5200", "200"));
        assertThat(entry.businessDate()).isEqualTo(APRIL_10);
    }

    @Test
    void anApprovedPayrollRunBooksItsLastCalculation() {
        JournalEntry entry = PostingRules.payrollRunApproved(new PayrollRunApprovedEvent(new PayrollRunId("run-1"),
                "admin"), new PayrollCalculation("calc-2", jpy("500000"), jpy("90000"), jpy("410000"),
                jpy("75000")), APRIL_10);
        assertThat(lines(entry)).containsExactly(Map.entry("6000", "500000"), Map.entry("6100", "75000"),
                Map.entry("2400", "-410000"), Map.entry("2410", "-90000"), Map.entry("2420", "-75000"));
        assertThat(entry.imbalance()).isEmpty();
        assertThat(entry.description()).contains("calc-2");
    }

    @Test
    void theYearEndCloseMovesOnlyRevenueAndExpensesIntoRetainedEarningsOnTheLastDayOfTheYear() {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        balances.put("1000@JPY", new BigDecimal("300000"));   // cash: an asset, stays
        balances.put("4000@JPY", new BigDecimal("-500000"));  // revenue
        balances.put("6000@JPY", new BigDecimal("200000"));   // salary expense
        balances.put("4000@EUR", new BigDecimal("-100.00"));  // revenue in another currency
        JournalEntry entry = PostingRules.yearEndClose(2026, balances, code -> CHART.require(code).type());
        assertThat(entry.closing()).isTrue();
        assertThat(entry.fixedPostingDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(entry.lines()).extracting(JournalEntry.Line::account).doesNotContain("1000");
        assertThat(entry.lines()).contains(new JournalEntry.Line("4000", jpy("500000")),
                new JournalEntry.Line("6000", jpy("-200000")),
                new JournalEntry.Line("3900", jpy("-300000")),
                new JournalEntry.Line("4000", Money.of("100.00", "EUR")),
                new JournalEntry.Line("3900", Money.of("-100.00", "EUR")));
        assertThat(entry.imbalance()).isEmpty();
    }

    @Test
    void anEntryThatDoesNotBalanceSaysByHowMuchInWhichCurrency() {
        JournalEntry entry = JournalEntry.on(APRIL_10, "wrong").debit("1000", jpy("100")).credit("4000", jpy("90"))
                .entry();
        assertThat(entry.imbalance()).containsExactly(Map.entry("JPY", new BigDecimal("10")));
    }
}
