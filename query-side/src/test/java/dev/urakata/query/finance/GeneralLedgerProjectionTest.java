package dev.urakata.query.finance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.finance.AccountLedgerPage;
import dev.urakata.shared.finance.AccountLedgerQuery;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
import dev.urakata.shared.finance.AccountingPeriodId;
import dev.urakata.shared.finance.BalanceSheet;
import dev.urakata.shared.finance.BalanceSheetQuery;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.LedgerLine;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.ProfitAndLoss;
import dev.urakata.shared.finance.ProfitAndLossQuery;
import dev.urakata.shared.finance.TrialBalance;
import dev.urakata.shared.finance.TrialBalanceQuery;
import dev.urakata.shared.finance.TrialBalanceRow;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The general ledger on the embedded MongoDB-wire server: posting rules, redelivery, as-of and period close. */
class GeneralLedgerProjectionTest {

    static final CustomerId ACME = new CustomerId("acme");
    static final InvoiceId INV = new InvoiceId("inv-1");
    static final Instant APR_10 = Instant.parse("2026-04-10T09:00:00Z");
    static final Instant APR_20 = Instant.parse("2026-04-20T09:00:00Z");
    static final Instant MAY_02 = Instant.parse("2026-05-02T09:00:00Z");
    static final Instant MAY_03 = Instant.parse("2026-05-03T09:00:00Z");
    static final StockItemId ITEM = new StockItemId("item-1");
    static final WarehouseId W1 = new WarehouseId("w1");
    static final WarehouseId W2 = new WarehouseId("w2");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private GeneralLedgerProjection ledger;
    private LedgerReports reports;
    private LedgerHistory history;

    @BeforeEach
    void setUp() {
        ledger = new GeneralLedgerProjection(mongo.template(), new ChartOfAccounts());
        reports = new LedgerReports(mongo.template(), new ChartOfAccounts());
        history = new LedgerHistory(ledger);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static BigDecimal q(String quantity) {
        return new BigDecimal(quantity);
    }

    InvoiceIssuedEvent invoice(InvoiceId id, LocalDate date, String net, String tax, String gross) {
        return new InvoiceIssuedEvent(ACME, id, date, date.plusDays(30), List.of(), eur(net), eur(tax), eur(gross));
    }

    /** The lines one event posted, as account -> signed amount (debit positive). */
    Map<String, String> posted(GenericDomainEventMessage<?> event) {
        return mongo.template().find(Query.query(Criteria.where("entryId").is(event.getIdentifier())),
                        JournalLineDocument.class, GeneralLedgerProjection.LINES)
                .stream().collect(Collectors.toMap(JournalLineDocument::account,
                        line -> line.amount().amount().toPlainString()));
    }

    TrialBalance trialBalance() {
        return reports.handle(new TrialBalanceQuery(null, null));
    }

    @Test
    void everyFinanceEventPostsOneBalancedEntry() {
        var issued = history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.04",
                "10.00", "110.04"));
        assertThat(posted(issued)).isEqualTo(Map.of("1100", "110.04", "4000", "-100.04", "2300", "-10.00"));
        var received = history.add(APR_20, "Customer", "acme", new PaymentReceivedEvent(ACME, new PaymentId("p1"),
                eur("120.00"), LocalDate.of(2026, 4, 20), eur("9.96"), eur("9.96")));
        assertThat(posted(received)).isEqualTo(Map.of("1000", "120.00", "2200", "-120.00"));
        var allocated = history.add(APR_20, "Customer", "acme", new PaymentAllocatedEvent(ACME, new PaymentId("p1"),
                INV, eur("110.04"), LocalDate.of(2026, 4, 20), eur("0.00"), InvoiceStatus.PAID));
        assertThat(posted(allocated)).isEqualTo(Map.of("2200", "110.04", "1100", "-110.04"));
        var credited = history.add(APR_20, "Customer", "acme", new CreditNoteIssuedEvent(ACME, INV,
                new CreditNoteId("cn-1"), LocalDate.of(2026, 4, 20), "refund", List.of(), eur("10.00"), eur("1.00"),
                eur("11.00"), eur("0.00"), eur("11.00"), eur("0.00"), InvoiceStatus.PAID));
        assertThat(posted(credited)).isEqualTo(Map.of("4000", "10.00", "2300", "1.00", "2200", "-11.00"));

        TrialBalance balance = trialBalance();
        assertThat(balance.balanced()).isTrue();
        Map<String, String> balances = balance.rows().stream().collect(Collectors.toMap(TrialBalanceRow::account,
                row -> row.balance().amount().toPlainString()));
        // Receivable cleared; the overpayment and the credit note wait as customer credit.
        assertThat(balances).containsEntry("1100", "0.00").containsEntry("1000", "120.00")
                .containsEntry("2200", "-20.96").containsEntry("4000", "-90.04").containsEntry("2300", "-9.00");
        assertConforms(mongo.template(), GeneralLedgerProjection.LINES);
    }

    @Test
    void stockEventsPostAtTheValueTheStockItemWorkedOut() {
        var received = history.add(APR_10, "StockItem", "item-1", new StockReceivedEvent(ITEM, W1, "r1", q("10"),
                eur("2.00"), eur("20.00"), "PO po-1", q("10"), eur("20.00")));
        assertThat(posted(received)).isEqualTo(Map.of("1200", "20.00", "2100", "-20.00"));
        var issued = history.add(APR_10, "StockItem", "item-1", new StockIssuedEvent(ITEM, W1, "i1", q("3"),
                eur("6.00"), null, "SO-1", q("7"), eur("14.00")));
        assertThat(posted(issued)).isEqualTo(Map.of("5000", "6.00", "1200", "-6.00"));
        var lost = history.add(APR_10, "StockItem", "item-1", new StockCountAdjustedEvent(ITEM, W1, "c1", q("6"),
                q("-1"), eur("-2.00"), "breakage", q("6"), eur("12.00")));
        assertThat(posted(lost)).isEqualTo(Map.of("1200", "-2.00", "5200", "2.00"));
        var out = history.add(APR_10, "StockItem", "item-1", new StockTransferDispatchedEvent(ITEM, "t1", W1, W2,
                q("2"), eur("4.00"), q("4"), eur("8.00")));
        assertThat(posted(out)).isEqualTo(Map.of("1210", "4.00", "1200", "-4.00"));
        var in = history.add(APR_10, "StockItem", "item-1", new StockTransferReceivedEvent(ITEM, "t1", W1, W2,
                q("2"), eur("4.00"), q("2"), eur("4.00")));
        assertThat(posted(in)).isEqualTo(Map.of("1200", "4.00", "1210", "-4.00"));
        // Inventory in the ledger equals the stock value on hand: 8.00 at w1 + 4.00 at w2.
        assertThat(trialBalance().rows()).filteredOn(row -> row.account().equals("1200"))
                .extracting(row -> row.balance().amount().toPlainString()).containsExactly("12.00");
    }

    @Test
    void payrollBooksTheLastCalculationOnApprovalAndCashOnPayment() {
        PayrollRunId run = new PayrollRunId("run-1");
        Money jpy0 = Money.of("0", "JPY");
        history.add(APR_10, "PayrollRun", "run-1", new PayrollRunCalculatedEvent(run, 1, "pay", 1,
                Money.of("100", "JPY"), Money.of("10", "JPY"), Money.of("90", "JPY"), Money.of("15", "JPY"), jpy0,
                jpy0));
        history.add(APR_10, "PayrollRun", "run-1", new PayrollRunCalculatedEvent(run, 2, "pay", 1,
                Money.of("350000", "JPY"), Money.of("70000", "JPY"), Money.of("280000", "JPY"),
                Money.of("52500", "JPY"), Money.of("20000", "JPY"), Money.of("50000", "JPY")));
        var approved = history.add(APR_20, "PayrollRun", "run-1", new PayrollRunApprovedEvent(run, "admin"));
        assertThat(posted(approved)).isEqualTo(Map.of("6000", "350000", "6100", "52500", "2400", "-280000",
                "2410", "-70000", "2420", "-52500"));
        var paid = history.add(APR_20, "PayrollRun", "run-1", new PayrollRunPaidEvent(run,
                LocalDate.of(2026, 4, 25)));
        assertThat(posted(paid)).isEqualTo(Map.of("2400", "280000", "1000", "-280000"));
        assertThat(trialBalance().balanced()).isTrue();
    }

    @Test
    void anApprovedExpenseClaimIsAnExpenseOnItsDateAndItsReimbursementClearsTheDebt() {
        ExpenseClaimId claim = new ExpenseClaimId("claim-1");
        history.add(MAY_02, "AccountingPeriod", "2026-04", new AccountingPeriodClosedEvent(
                new AccountingPeriodId("2026-04"), "fin"));
        var approved = history.add(MAY_02, "ExpenseClaim", "claim-1", new ExpenseClaimApprovedEvent(claim, "manager",
                "Sales", Money.of("4200", "JPY"), LocalDate.of(2026, 4, 3)));
        assertThat(posted(approved)).isEqualTo(Map.of("6900", "4200", "2500", "-4200"));
        var paid = history.add(MAY_03, "ExpenseClaim", "claim-1", new ExpenseClaimReimbursedEvent(claim,
                Money.of("4200", "JPY"), LocalDate.of(2026, 5, 3)));
        assertThat(posted(paid)).isEqualTo(Map.of("2500", "4200", "1000", "-4200"));
        // Spent in April, approved after April was closed: booked on 1 May.
        LedgerLine line = reports.handle(new AccountLedgerQuery("6900", null, null, null, null, 0, 20)).items().get(0);
        assertThat(line.businessDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(line.postingDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(trialBalance().balanced()).isTrue();
    }

    @Test
    void aRedeliveredEventPostsNothingNew() {
        var issued = history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00",
                "10.00", "110.00"));
        history.deliver(issued);
        history.deliver(issued);
        assertThat(trialBalance().totals()).singleElement()
                .satisfies(total -> assertThat(total.debits()).isEqualTo(eur("110.00")));
    }

    @Test
    void theAccountLedgerShowsEveryLineWithItsRunningBalanceAndItsCause() {
        history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00", "10.00",
                "110.00"));
        history.add(APR_20, "Customer", "acme", new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV,
                eur("50.00"), LocalDate.of(2026, 4, 20), eur("60.00"), InvoiceStatus.PARTIALLY_PAID));
        AccountLedgerPage page = reports.handle(new AccountLedgerQuery("1100", null, null, null, null, 0, 20));
        assertThat(page.items()).extracting(LedgerLine::balance).containsExactly(eur("110.00"), eur("60.00"));
        assertThat(page.items().get(1)).satisfies(line -> {
            assertThat(line.credit()).isEqualTo(eur("50.00"));
            assertThat(line.eventType()).isEqualTo("PaymentAllocatedEvent");
            assertThat(line.aggregateType()).isEqualTo("Customer");
            assertThat(line.aggregateId()).isEqualTo("acme");
            assertThat(line.sequence()).isEqualTo(1);
        });
        // From 20 April: the invoice is the opening balance, the running balance continues from it.
        AccountLedgerPage later = reports.handle(new AccountLedgerQuery("1100", "EUR", LocalDate.of(2026, 4, 15),
                null, null, 0, 20));
        assertThat(later.items()).extracting(LedgerLine::balance).containsExactly(eur("60.00"));
        // As of before the payment was recorded, only the invoice.
        assertThat(reports.handle(new AccountLedgerQuery("1100", null, null, null, APR_10, 0, 20)).items())
                .hasSize(1);
    }

    @Test
    void closingAPeriodFreezesItsReportsAndALateEventLandsInTheFirstOpenPeriod() {
        history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00", "10.00",
                "110.00"));
        history.add(MAY_02, "AccountingPeriod", "2026-04", new AccountingPeriodClosedEvent(
                new AccountingPeriodId("2026-04"), "fin"));
        ProfitAndLossQuery april = new ProfitAndLossQuery(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), null);
        ProfitAndLoss before = reports.handle(april);

        // An April invoice recorded after April was closed.
        var late = history.add(MAY_03, "Customer", "acme", invoice(new InvoiceId("inv-late"),
                LocalDate.of(2026, 4, 28), "40.00", "4.00", "44.00"));

        assertThat(reports.handle(april)).isEqualTo(before);
        assertThat(before.netIncome()).containsExactly(eur("100.00"));
        ProfitAndLoss may = reports.handle(new ProfitAndLossQuery(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), null));
        assertThat(may.netIncome()).containsExactly(eur("40.00"));
        LedgerLine line = reports.handle(new AccountLedgerQuery("4000", null, LocalDate.of(2026, 5, 1), null, null,
                0, 20)).items().get(0);
        assertThat(line.entryId()).isEqualTo(late.getIdentifier());
        assertThat(line.businessDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(line.postingDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        // Redelivered later, it stays where it was posted.
        history.deliver(late);
        assertThat(reports.handle(april)).isEqualTo(before);
    }

    @Test
    void theBalanceSheetBalancesAndReportsAsOfAnInstant() {
        history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00", "10.00",
                "110.00"));
        history.add(APR_20, "StockItem", "item-1", new StockReceivedEvent(ITEM, W1, "r1", q("10"), eur("2.00"),
                eur("20.00"), null, q("10"), eur("20.00")));
        history.add(MAY_02, "StockItem", "item-1", new StockIssuedEvent(ITEM, W1, "i1", q("5"), eur("10.00"), null,
                null, q("5"), eur("10.00")));
        BalanceSheet sheet = reports.handle(new BalanceSheetQuery(LocalDate.of(2026, 5, 31), null));
        assertThat(sheet.totalAssets()).containsExactly(eur("120.00"));
        assertThat(sheet.totalLiabilitiesAndEquity()).containsExactly(eur("120.00"));
        assertThat(sheet.equity()).extracting(line -> line.amount()).containsExactly(eur("90.00"));
        BalanceSheet asOfApril = reports.handle(new BalanceSheetQuery(LocalDate.of(2026, 5, 31), APR_20));
        assertThat(asOfApril.totalAssets()).containsExactly(eur("130.00"));
        assertThat(asOfApril.totalLiabilitiesAndEquity()).containsExactly(eur("130.00"));
    }

    @Test
    void aSupplierInvoiceClearsGoodsReceivedNotInvoicedAndItsPaymentClearsThePayable() {
        PurchaseOrderId po = new PurchaseOrderId("po-1");
        SupplierInvoiceId sinv = new SupplierInvoiceId("sinv-1");
        SupplierId supplier = new SupplierId("sup-1");
        // received in two deliveries, invoiced once for everything
        history.add(APR_10, "StockItem", "item-1", new StockReceivedEvent(ITEM, W1, "r1", q("4"), eur("2.50"),
                eur("10.00"), "PO po-1", q("4"), eur("10.00")));
        history.add(APR_10, "StockItem", "item-1", new StockReceivedEvent(ITEM, W1, "r2", q("6"), eur("2.50"),
                eur("15.00"), "PO po-1", q("10"), eur("25.00")));
        var invoiced = history.add(APR_20, "PurchaseOrder", "po-1", new SupplierInvoiceRecordedEvent(po, sinv,
                supplier, "A-1", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 20), List.of(), eur("25.00"),
                eur("2.50"), eur("27.50"), null));
        assertThat(posted(invoiced)).isEqualTo(Map.of("2100", "25.00", "1300", "2.50", "2000", "-27.50"));
        history.deliver(invoiced); // redelivered: posted once
        var paid = history.add(MAY_02, "PurchaseOrder", "po-1", new SupplierInvoicePaidEvent(po, sinv, supplier,
                eur("27.50"), LocalDate.of(2026, 5, 2)));
        assertThat(posted(paid)).isEqualTo(Map.of("2000", "27.50", "1000", "-27.50"));

        Map<String, Money> balances = trialBalance().rows().stream()
                .collect(Collectors.toMap(TrialBalanceRow::account, TrialBalanceRow::balance));
        assertThat(balances.get("2100").amount()).isZero();
        assertThat(balances.get("2000").amount()).isZero();
        assertThat(balances.get("1200")).isEqualTo(eur("25.00"));
        assertThat(balances.get("1300")).isEqualTo(eur("2.50"));
        assertThat(balances.get("1000")).isEqualTo(eur("-27.50"));
        assertThat(trialBalance().balanced()).isTrue();
        AccountLedgerPage payables = reports.handle(new AccountLedgerQuery("2000", null, null, null, null, 0, 20));
        assertThat(payables.items()).extracting(LedgerLine::eventType)
                .containsExactly("SupplierInvoiceRecordedEvent", "SupplierInvoicePaidEvent");
    }

    @Test
    void customerCreditAppliedToAnInvoiceMovesFromCustomerCreditToReceivables() {
        history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00", "10.00",
                "110.00"));
        history.add(APR_10, "Customer", "acme", new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("150.00"),
                LocalDate.of(2026, 4, 10), eur("150.00"), eur("150.00")));
        var applied = history.add(APR_20, "Customer", "acme", new CustomerCreditAppliedEvent(ACME,
                new CreditApplicationId("app-1"), INV, eur("110.00"), LocalDate.of(2026, 4, 20), eur("0.00"),
                InvoiceStatus.PAID, eur("40.00")));
        history.deliver(applied);
        assertThat(posted(applied)).isEqualTo(Map.of("2200", "110.00", "1100", "-110.00"));
        Map<String, Money> balances = trialBalance().rows().stream()
                .collect(Collectors.toMap(TrialBalanceRow::account, TrialBalanceRow::balance));
        assertThat(balances.get("1100").amount()).isZero();
        assertThat(balances.get("2200")).isEqualTo(eur("-40.00")); // the credit still held
        assertThat(trialBalance().balanced()).isTrue();
    }

    @Test
    void closingDecemberClosesTheYearIntoRetainedEarningsInOneBalancedEntry() {
        history.add(APR_10, "Customer", "acme", invoice(INV, LocalDate.of(2026, 4, 10), "100.00", "10.00",
                "110.00"));
        history.add(APR_20, "ExpenseClaim", "claim-1", new ExpenseClaimApprovedEvent(new ExpenseClaimId("claim-1"),
                "boss", "Sales", eur("30.00"), LocalDate.of(2026, 4, 20)));
        var close = history.add(Instant.parse("2027-01-05T09:00:00Z"), "AccountingPeriod", "2026-12",
                new AccountingPeriodClosedEvent(new AccountingPeriodId("2026-12"), "fin"));
        history.deliver(close); // redelivered: the year is closed once

        assertThat(posted(close)).isEqualTo(Map.of("4000", "100.00", "6900", "-30.00", "3900", "-70.00"));
        Map<String, Money> balances = trialBalance().rows().stream()
                .collect(Collectors.toMap(TrialBalanceRow::account, TrialBalanceRow::balance));
        assertThat(balances.get("4000").amount()).isZero();
        assertThat(balances.get("6900").amount()).isZero();
        assertThat(balances.get("3900")).isEqualTo(eur("-70.00"));
        assertThat(trialBalance().balanced()).isTrue();
        // the year's result is still reported, and the balance sheet still balances
        ProfitAndLoss year = reports.handle(new ProfitAndLossQuery(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null));
        assertThat(year.netIncome()).containsExactly(eur("70.00"));
        BalanceSheet sheet = reports.handle(new BalanceSheetQuery(LocalDate.of(2026, 12, 31), null));
        assertThat(sheet.totalAssets()).isEqualTo(sheet.totalLiabilitiesAndEquity());

        // a closed year takes no more postings, even into a month that was never closed on its own
        var late = history.add(Instant.parse("2027-01-06T09:00:00Z"), "ExpenseClaim", "claim-2",
                new ExpenseClaimApprovedEvent(new ExpenseClaimId("claim-2"), "boss", "Sales", eur("5.00"),
                        LocalDate.of(2026, 6, 1)));
        AccountLedgerPage expenses = reports.handle(new AccountLedgerQuery("6900", null, null, null, null, 0, 20));
        assertThat(expenses.items()).filteredOn(line -> line.entryId().equals(late.getIdentifier()))
                .extracting(LedgerLine::postingDate).containsExactly(LocalDate.of(2027, 1, 1));
        assertConforms(mongo.template(), GeneralLedgerProjection.LINES);
    }
}
