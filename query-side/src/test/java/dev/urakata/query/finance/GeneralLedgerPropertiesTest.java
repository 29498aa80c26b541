package dev.urakata.query.finance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
import dev.urakata.shared.finance.AccountingPeriodId;
import dev.urakata.shared.finance.BalanceSheet;
import dev.urakata.shared.finance.BalanceSheetQuery;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CurrencyTotals;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever financial events happen, in whatever order, with redeliveries and period closes in between, the books
 * balance: debits equal credits in the trial balance, and assets equal liabilities plus equity.
 */
class GeneralLedgerPropertiesTest {

    private static EmbeddedMongo mongo;

    /** One generated happening: what kind, two amounts in cents, a month, and whether it is delivered twice. */
    record Step(int kind, long a, long b, int month, boolean redeliver) {
    }

    @BeforeContainer
    static void start() {
        mongo = new EmbeddedMongo();
    }

    @AfterContainer
    static void stop() {
        mongo.close();
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.longs().between(0, 5_000_000),
                        Arbitraries.longs().between(0, 5_000_000), Arbitraries.integers().between(1, 6),
                        Arbitraries.of(true, false))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 60)
    void debitsEqualCreditsAfterAnyHistory(@ForAll("histories") List<Step> steps) {
        mongo.template().remove(new Query(), GeneralLedgerProjection.LINES);
        mongo.template().remove(new Query(), GeneralLedgerProjection.STATE);
        GeneralLedgerProjection ledger = new GeneralLedgerProjection(mongo.template(), new ChartOfAccounts());
        LedgerReports reports = new LedgerReports(mongo.template(), new ChartOfAccounts());
        LedgerHistory history = new LedgerHistory(ledger);
        Books books = new Books();
        int n = 0;
        for (Step step : steps) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * n++);
            for (Object event : books.events(step, n)) {
                GenericDomainEventMessage<?> message = history.add(at, "Any", "agg-" + n, event);
                if (step.redeliver()) {
                    history.deliver(message);
                }
            }
        }

        TrialBalance trial = reports.handle(new TrialBalanceQuery(null, null));
        assertThat(trial.balanced()).isTrue();
        for (CurrencyTotals total : trial.totals()) {
            assertThat(total.debits()).isEqualTo(total.credits());
        }
        BigDecimal sum = trial.rows().stream().map(TrialBalanceRow::balance).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isZero();
        // GR/IR clearing holds exactly what was received and not yet invoiced; payables what is invoiced, unpaid
        assertThat(balance(trial, "2100")).isEqualByComparingTo(BigDecimal.valueOf(-books.notInvoiced, 2));
        assertThat(balance(trial, "2000")).isEqualByComparingTo(BigDecimal.valueOf(
                -books.unpaidSupplierInvoices.stream().mapToLong(Long::longValue).sum(), 2));
        BalanceSheet sheet = reports.handle(new BalanceSheetQuery(LocalDate.of(2027, 12, 31), null));
        assertThat(sheet.totalAssets()).isEqualTo(sheet.totalLiabilitiesAndEquity());
    }

    private static BigDecimal balance(TrialBalance trial, String account) {
        return trial.rows().stream().filter(row -> row.account().equals(account)).map(row -> row.balance().amount())
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /** Turns steps into events that are each internally consistent, the way the aggregates produce them. */
    static final class Books {
        private final List<Long> outstanding = new ArrayList<>(); // per invoice, cents
        private final List<Long> worth = new ArrayList<>();
        private long stockValue;
        private long inTransit;
        private int runs;
        private long lastNet = -1;
        private long notInvoiced; // goods received at order price, not yet invoiced (cents)
        private final List<Long> unpaidSupplierInvoices = new ArrayList<>();

        List<Object> events(Step step, int n) {
            LocalDate date = LocalDate.of(2026, step.month(), 1 + (int) (step.a() % 28));
            CustomerId customer = new CustomerId("c1");
            StockItemId item = new StockItemId("item");
            WarehouseId w1 = new WarehouseId("w1");
            WarehouseId w2 = new WarehouseId("w2");
            switch (step.kind()) {
                case 0 -> {
                    long net = step.a();
                    long tax = step.b() % (net / 5 + 1);
                    outstanding.add(net + tax);
                    worth.add(net + tax);
                    return List.of(new InvoiceIssuedEvent(customer, new InvoiceId("i" + outstanding.size()), date,
                            date, List.of(), eur(net), eur(tax), eur(net + tax)));
                }
                case 1 -> {
                    long amount = step.b();
                    List<Object> events = new ArrayList<>();
                    events.add(new PaymentReceivedEvent(customer, new PaymentId("p" + n), eur(amount), date,
                            eur(0), eur(0)));
                    if (!outstanding.isEmpty()) {
                        int invoice = (int) (step.a() % outstanding.size());
                        long applied = Math.min(amount, outstanding.get(invoice));
                        if (applied > 0) {
                            outstanding.set(invoice, outstanding.get(invoice) - applied);
                            events.add(new PaymentAllocatedEvent(customer, new PaymentId("p" + n),
                                    new InvoiceId("i" + (invoice + 1)), eur(applied), date,
                                    eur(outstanding.get(invoice)), InvoiceStatus.PARTIALLY_PAID));
                        }
                    }
                    return events;
                }
                case 2 -> {
                    if (worth.isEmpty()) {
                        return List.of();
                    }
                    int invoice = (int) (step.a() % worth.size());
                    long gross = step.b() % (worth.get(invoice) + 1);
                    long tax = gross / 11;
                    long applied = Math.min(gross, outstanding.get(invoice));
                    worth.set(invoice, worth.get(invoice) - gross);
                    outstanding.set(invoice, outstanding.get(invoice) - applied);
                    return List.of(new CreditNoteIssuedEvent(customer, new InvoiceId("i" + (invoice + 1)),
                            new CreditNoteId("cn" + n), date, "r", List.of(), eur(gross - tax), eur(tax), eur(gross),
                            eur(applied), eur(gross - applied), eur(outstanding.get(invoice)), InvoiceStatus.ISSUED));
                }
                case 3 -> {
                    stockValue += step.a();
                    notInvoiced += step.a();
                    return List.of(new StockReceivedEvent(item, w1, "r" + n, BigDecimal.ONE, eur(step.a()),
                            eur(step.a()), null, BigDecimal.ONE, eur(stockValue)));
                }
                case 4 -> {
                    long value = step.a() % (stockValue + 1);
                    stockValue -= value;
                    return List.of(new StockIssuedEvent(item, w1, "i" + n, BigDecimal.ONE, eur(value), null, null,
                            BigDecimal.ONE, eur(stockValue)));
                }
                case 5 -> {
                    long difference = step.a() % (stockValue + 1) - (step.b() % 2 == 0 ? 0 : stockValue);
                    stockValue += difference;
                    return List.of(new StockCountAdjustedEvent(item, w1, "c" + n, BigDecimal.ONE,
                            BigDecimal.ONE, eur(difference), "count", BigDecimal.ONE, eur(stockValue)));
                }
                case 6 -> {
                    long value = step.a() % (stockValue + 1);
                    stockValue -= value;
                    inTransit += value;
                    return List.of(new StockTransferDispatchedEvent(item, "t" + n, w1, w2, BigDecimal.ONE,
                            eur(value), BigDecimal.ONE, eur(stockValue)));
                }
                case 7 -> {
                    long value = inTransit;
                    inTransit = 0;
                    stockValue += value;
                    return List.of(new StockTransferReceivedEvent(item, "t" + n, w1, w2, BigDecimal.ONE, eur(value),
                            BigDecimal.ONE, eur(stockValue)));
                }
                case 8 -> {
                    runs++;
                    PayrollRunId run = new PayrollRunId("run-" + runs);
                    long gross = step.a();
                    long deductions = step.b() % (gross + 1);
                    lastNet = gross - deductions;
                    // A correction run may claw back: negative figures must post to the other side and balance.
                    long sign = step.month() % 3 == 0 ? -1 : 1;
                    return List.of(new PayrollRunCalculatedEvent(run, 1, "pay", 1, eur(sign * gross),
                                    eur(sign * deductions), eur(sign * lastNet), eur(sign * (gross / 7)), eur(0),
                                    eur(0)),
                            new PayrollRunApprovedEvent(run, "boss"));
                }
                case 9 -> {
                    return runs == 0 ? List.of() : List.of(new PayrollRunPaidEvent(new PayrollRunId("run-" + runs),
                            date));
                }
                case 11 -> {
                    ExpenseClaimId claim = new ExpenseClaimId("claim-" + n);
                    List<Object> events = new ArrayList<>();
                    events.add(new ExpenseClaimApprovedEvent(claim, "manager", "Sales", eur(step.a()), date));
                    if (step.b() % 2 == 1) {
                        events.add(new ExpenseClaimReimbursedEvent(claim, eur(step.a()), date));
                    }
                    return events;
                }
                case 14 -> {
                    if (outstanding.isEmpty()) {
                        return List.of();
                    }
                    int invoice = (int) (step.a() % outstanding.size());
                    long applied = Math.min(step.b(), outstanding.get(invoice));
                    if (applied == 0) {
                        return List.of();
                    }
                    outstanding.set(invoice, outstanding.get(invoice) - applied);
                    return List.of(new CustomerCreditAppliedEvent(customer, new CreditApplicationId("a" + n),
                            new InvoiceId("i" + (invoice + 1)), eur(applied), date, eur(outstanding.get(invoice)),
                            InvoiceStatus.PARTIALLY_PAID, eur(0)));
                }
                case 12 -> {
                    // three-way match: never more than was received and not yet invoiced
                    long net = step.a() % (notInvoiced + 1);
                    long tax = step.b() % (net / 5 + 1);
                    notInvoiced -= net;
                    unpaidSupplierInvoices.add(net + tax);
                    return List.of(new SupplierInvoiceRecordedEvent(new PurchaseOrderId("po"),
                            new SupplierInvoiceId("si" + unpaidSupplierInvoices.size()), new SupplierId("s"),
                            "N" + n, date, date, List.of(), eur(net), eur(tax), eur(net + tax), null));
                }
                case 13 -> {
                    if (unpaidSupplierInvoices.isEmpty()) {
                        return List.of();
                    }
                    long gross = unpaidSupplierInvoices.remove(0);
                    return List.of(new SupplierInvoicePaidEvent(new PurchaseOrderId("po"), new SupplierInvoiceId(
                            "si-paid-" + n), new SupplierId("s"), eur(gross), date));
                }
                default -> {
                    if (step.b() % 4 == 0) { // now and then the year ends: its closing entry must balance too
                        return List.of(new AccountingPeriodClosedEvent(new AccountingPeriodId("2026-12"), "fin"));
                    }
                    return List.of(new AccountingPeriodClosedEvent(new AccountingPeriodId("2026-0" + step.month()),
                            "fin"));
                }
            }
        }

        private static Money eur(long cents) {
            return new Money(BigDecimal.valueOf(cents, 2), "EUR");
        }
    }
}
