package dev.urakata.query.finance;

import dev.urakata.query.finance.ChartOfAccounts.Account;
import dev.urakata.query.finance.ChartOfAccounts.Type;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.finance.AccountLedgerPage;
import dev.urakata.shared.finance.AccountLedgerQuery;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
import dev.urakata.shared.finance.BalanceSheet;
import dev.urakata.shared.finance.BalanceSheetQuery;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CurrencyTotals;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.LedgerLine;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.ProfitAndLoss;
import dev.urakata.shared.finance.ProfitAndLossQuery;
import dev.urakata.shared.finance.StatementLine;
import dev.urakata.shared.finance.TrialBalance;
import dev.urakata.shared.finance.TrialBalanceQuery;
import dev.urakata.shared.finance.TrialBalanceRow;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The general ledger: every financial event posts one balanced journal entry, keyed by the event's id, whose lines
 * name the accounts of the {@link ChartOfAccounts} and trace back to the event (type, aggregate, sequence).
 *
 * <p>Posting rules (debit / credit):
 * <ul>
 *   <li>invoice issued: receivables gross / revenue net, output tax tax;</li>
 *   <li>credit note: revenue net, output tax tax / receivables (the part that reduced the invoice), customer
 *       credit (the part the invoice had already been paid);</li>
 *   <li>payment received: cash / customer credit; payment allocated: customer credit / receivables (so what is
 *       not allocated stays customer credit); customer credit applied to an invoice: customer credit /
 *       receivables, on the day it was applied;</li>
 *   <li>stock received: inventory / GR/IR clearing, at the receipt's value; stock issued: cost of goods sold /
 *       inventory, at the moving-average cost the stock item worked out; count adjusted: inventory / count
 *       differences (signed: a loss reverses it); transfer dispatched: goods in transit / inventory, and received
 *       the reverse. A purchase order's goods receipt posts nothing itself: it becomes a stock receipt which
 *       carries the exact value, and posting both would count the goods twice;</li>
 *   <li>expense claim approved: other expenses / expense claims payable, on the expense date; reimbursed:
 *       expense claims payable / cash;</li>
 *   <li>supplier invoice recorded: GR/IR clearing net (at the order's price, which the three-way match enforces),
 *       input tax tax / trade payables gross, on the invoice date; supplier invoice paid: trade payables / cash.
 *       So GR/IR clearing nets to zero for an order received and invoiced in full (up to the rounding of a
 *       fractional quantity, which a receipt and an invoice line round separately);</li>
 *   <li>payroll run approved: salary expense gross, employer contributions expense / salaries payable net,
 *       withholdings payable deductions, employer contributions payable (the figures of the run's last
 *       calculation); run paid: salaries payable / cash, net.</li>
 * </ul>
 * A negative amount (a correction run's claw-back, a count loss) simply moves a line to the other side.
 *
 * <p>Year-end close: closing December also closes the year with one entry dated 31 December that moves every revenue
 * and expense balance of the year into retained earnings.
 *
 * <p>Period close: once a month is closed, an entry whose business date falls in it is posted on the first day of
 * the first open month after it; the entry keeps both dates. Events are handled in global order (see
 * {@link GeneralLedgerProcessingConfiguration}) so that decision is the same on every replay, and an entry that
 * already exists is never re-posted, so redelivery cannot move it.
 */
@Component
@ProcessingGroup(GeneralLedgerProjection.PROCESSING_GROUP)
public class GeneralLedgerProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "general-ledger";
    static final String LINES = "finance_journal_lines";
    /** Working state of the rules: closed periods and the last calculation of each payroll run. */
    static final String STATE = "finance_ledger_state";

    private final MongoTemplate mongo;
    private final ChartOfAccounts chart;

    public GeneralLedgerProjection(MongoTemplate mongo, ChartOfAccounts chart) {
        this.mongo = mongo;
        this.chart = chart;
        mongo.indexOps(LINES).ensureIndex(new Index().on("account", Sort.Direction.ASC)
                .on("postingDate", Sort.Direction.ASC));
        mongo.indexOps(LINES).ensureIndex(new Index().on("entryId", Sort.Direction.ASC));
    }

    /** Lines of one entry being built: account code and signed amount (positive debit, negative credit). */
    private static final class Entry {
        private final List<Map.Entry<String, Money>> lines = new ArrayList<>();

        Entry debit(String account, Money amount) {
            lines.add(Map.entry(account, amount));
            return this;
        }

        Entry credit(String account, Money amount) {
            lines.add(Map.entry(account, new Money(amount.amount().negate(), amount.currency())));
            return this;
        }
    }

    // ----- finance -----

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        post(message, event.issueDate(), "Invoice " + event.invoiceId() + " to " + event.customerId(), new Entry()
                .debit(ChartOfAccounts.RECEIVABLES, event.gross())
                .credit(ChartOfAccounts.REVENUE, event.net())
                .credit(ChartOfAccounts.OUTPUT_TAX, event.tax()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        post(message, event.issueDate(), "Credit note " + event.creditNoteId() + " on invoice " + event.invoiceId(),
                new Entry()
                        .debit(ChartOfAccounts.REVENUE, event.net())
                        .debit(ChartOfAccounts.OUTPUT_TAX, event.tax())
                        .credit(ChartOfAccounts.RECEIVABLES, event.appliedToInvoice())
                        .credit(ChartOfAccounts.CUSTOMER_CREDIT, event.toCustomerCredit()));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, EventMessage<?> message) {
        post(message, event.receivedOn(), "Payment " + event.paymentId() + " from " + event.customerId(), new Entry()
                .debit(ChartOfAccounts.CASH, event.amount())
                .credit(ChartOfAccounts.CUSTOMER_CREDIT, event.amount()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        post(message, event.receivedOn(), "Payment " + event.paymentId() + " applied to invoice " + event.invoiceId(),
                new Entry()
                        .debit(ChartOfAccounts.CUSTOMER_CREDIT, event.amount())
                        .credit(ChartOfAccounts.RECEIVABLES, event.amount()));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, EventMessage<?> message) {
        post(message, event.appliedOn(), "Customer credit of " + event.customerId() + " applied to invoice "
                + event.invoiceId(), new Entry()
                .debit(ChartOfAccounts.CUSTOMER_CREDIT, event.amount())
                .credit(ChartOfAccounts.RECEIVABLES, event.amount()));
    }

    @EventHandler
    void on(ExpenseClaimApprovedEvent event, EventMessage<?> message) {
        post(message, event.expenseDate(), "Expense claim " + event.claimId() + " (" + event.department() + ")",
                new Entry()
                        .debit(ChartOfAccounts.OTHER_EXPENSES, event.amount())
                        .credit(ChartOfAccounts.EXPENSE_CLAIMS_PAYABLE, event.amount()));
    }

    @EventHandler
    void on(ExpenseClaimReimbursedEvent event, EventMessage<?> message) {
        post(message, event.paidOn(), "Expense claim " + event.claimId() + " reimbursed", new Entry()
                .debit(ChartOfAccounts.EXPENSE_CLAIMS_PAYABLE, event.amount())
                .credit(ChartOfAccounts.CASH, event.amount()));
    }

    @EventHandler
    void on(AccountingPeriodClosedEvent event, EventMessage<?> message) {
        mongo.save(new Document("_id", "period:" + event.periodId().value()).append("closed", true), STATE);
        YearMonth month = YearMonth.parse(event.periodId().value());
        if (month.getMonthValue() == 12) {
            closeYear(month.getYear(), message);
        }
    }

    /**
     * Year-end close: one entry, dated the last day of the year and keyed by the December close event, that brings
     * every revenue and expense account's balance for the year to zero against retained earnings. Its lines are
     * marked as closing so that the profit and loss report still shows the year's result; the balance sheet is
     * unchanged by it (earnings to date simply move into retained earnings). Once the year is closed, every month of
     * it counts as closed, so a later posting dated in it lands in the first open month after the year.
     */
    private void closeYear(int year, EventMessage<?> message) {
        mongo.save(new Document("_id", "year:" + year).append("closed", true), STATE);
        Map<String, BigDecimal> balances = new TreeMap<>();
        forEachLine(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, doc -> balances.merge(
                doc.getString("account") + "@" + doc.getString("currency"), new BigDecimal(doc.getString("amount")),
                BigDecimal::add));
        Entry entry = new Entry();
        Map<String, BigDecimal> result = new TreeMap<>();
        balances.forEach((key, balance) -> {
            String code = key.substring(0, key.indexOf('@'));
            String currency = key.substring(key.indexOf('@') + 1);
            Type type = account(code).type();
            if (type == Type.REVENUE || type == Type.EXPENSE) {
                entry.credit(code, new Money(balance, currency));
                result.merge(currency, balance, BigDecimal::add);
            }
        });
        result.forEach((currency, sum) -> entry.debit(ChartOfAccounts.RETAINED_EARNINGS, new Money(sum, currency)));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        post(message, yearEnd, yearEnd, true, "Year-end close " + year + ": profit and loss into retained earnings",
                entry);
    }

    // ----- inventory -----

    @EventHandler
    void on(StockReceivedEvent event, EventMessage<?> message) {
        post(message, dateOf(message), "Stock received: " + event.itemId() + " at " + event.warehouseId()
                + (event.reference() == null ? "" : " (" + event.reference() + ")"), new Entry()
                .debit(ChartOfAccounts.INVENTORY, event.value())
                .credit(ChartOfAccounts.GR_IR_CLEARING, event.value()));
    }

    @EventHandler
    void on(StockIssuedEvent event, EventMessage<?> message) {
        post(message, dateOf(message), "Stock issued at cost: " + event.itemId() + " from " + event.warehouseId(),
                new Entry()
                        .debit(ChartOfAccounts.COST_OF_GOODS_SOLD, event.value())
                        .credit(ChartOfAccounts.INVENTORY, event.value()));
    }

    @EventHandler
    void on(StockCountAdjustedEvent event, EventMessage<?> message) {
        // The value is signed (negative for a loss), so a gain is debit inventory and a loss credits it.
        post(message, dateOf(message), "Count difference: " + event.itemId() + " at " + event.warehouseId(),
                new Entry()
                        .debit(ChartOfAccounts.INVENTORY, event.value())
                        .credit(ChartOfAccounts.COUNT_DIFFERENCES, event.value()));
    }

    @EventHandler
    void on(StockTransferDispatchedEvent event, EventMessage<?> message) {
        post(message, dateOf(message), "Transfer " + event.transferId() + " dispatched", new Entry()
                .debit(ChartOfAccounts.GOODS_IN_TRANSIT, event.value())
                .credit(ChartOfAccounts.INVENTORY, event.value()));
    }

    @EventHandler
    void on(StockTransferReceivedEvent event, EventMessage<?> message) {
        post(message, dateOf(message), "Transfer " + event.transferId() + " received", new Entry()
                .debit(ChartOfAccounts.INVENTORY, event.value())
                .credit(ChartOfAccounts.GOODS_IN_TRANSIT, event.value()));
    }

    // ----- purchasing -----

    @EventHandler
    void on(SupplierInvoiceRecordedEvent event, EventMessage<?> message) {
        post(message, event.invoiceDate(), "Supplier invoice " + event.invoiceNumber() + " from "
                + event.supplierId() + " on order " + event.purchaseOrderId(), new Entry()
                .debit(ChartOfAccounts.GR_IR_CLEARING, event.net())
                .debit(ChartOfAccounts.INPUT_TAX, event.tax())
                .credit(ChartOfAccounts.TRADE_PAYABLES, event.gross()));
    }

    @EventHandler
    void on(SupplierInvoicePaidEvent event, EventMessage<?> message) {
        post(message, event.paidOn(), "Supplier invoice " + event.supplierInvoiceId() + " paid to "
                + event.supplierId(), new Entry()
                .debit(ChartOfAccounts.TRADE_PAYABLES, event.amount())
                .credit(ChartOfAccounts.CASH, event.amount()));
    }

    // ----- payroll -----

    @EventHandler
    void on(PayrollRunCalculatedEvent event, EventMessage<?> message) {
        // A run may be calculated several times before approval; the approval books the last calculation.
        mongo.save(new Document("_id", "run:" + event.runId().value())
                .append("calculationEventId", message.getIdentifier())
                .append("currency", event.gross().currency())
                .append("gross", event.gross().amount().toPlainString())
                .append("deductions", event.deductions().amount().toPlainString())
                .append("net", event.net().amount().toPlainString())
                .append("employer", event.employerContributions().amount().toPlainString()), STATE);
    }

    @EventHandler
    void on(PayrollRunApprovedEvent event, EventMessage<?> message) {
        Document run = mongo.findById("run:" + event.runId().value(), Document.class, STATE);
        if (run == null) {
            return; // approved without a calculation: nothing to book (the aggregate does not allow it)
        }
        String currency = run.getString("currency");
        post(message, dateOf(message), "Payroll run " + event.runId() + " approved (calculation event "
                + run.getString("calculationEventId") + ")", new Entry()
                .debit(ChartOfAccounts.SALARY_EXPENSE, money(run, "gross", currency))
                .debit(ChartOfAccounts.EMPLOYER_CONTRIBUTIONS_EXPENSE, money(run, "employer", currency))
                .credit(ChartOfAccounts.SALARIES_PAYABLE, money(run, "net", currency))
                .credit(ChartOfAccounts.WITHHOLDINGS_PAYABLE, money(run, "deductions", currency))
                .credit(ChartOfAccounts.EMPLOYER_CONTRIBUTIONS_PAYABLE, money(run, "employer", currency)));
        mongo.save(run.append("approved", true), STATE);
    }

    @EventHandler
    void on(PayrollRunPaidEvent event, EventMessage<?> message) {
        Document run = mongo.findById("run:" + event.runId().value(), Document.class, STATE);
        if (run == null || !Boolean.TRUE.equals(run.getBoolean("approved"))) {
            return;
        }
        Money net = money(run, "net", run.getString("currency"));
        post(message, event.paymentDate(), "Payroll run " + event.runId() + " paid", new Entry()
                .debit(ChartOfAccounts.SALARIES_PAYABLE, net)
                .credit(ChartOfAccounts.CASH, net));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), LINES);
        mongo.remove(new Query(), STATE);
    }

    // ----- queries -----

    @QueryHandler
    TrialBalance handle(TrialBalanceQuery query) {
        Map<String, BigDecimal[]> sums = new TreeMap<>(); // account@currency -> debits, credits
        forEachLine(null, null, query.to(), query.asOf(), null, doc -> {
            BigDecimal amount = new BigDecimal(doc.getString("amount"));
            BigDecimal[] pair = sums.computeIfAbsent(doc.getString("account") + "@" + doc.getString("currency"),
                    key -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            if (amount.signum() >= 0) {
                pair[0] = pair[0].add(amount);
            } else {
                pair[1] = pair[1].add(amount.negate());
            }
        });
        List<TrialBalanceRow> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        sums.forEach((key, pair) -> {
            String code = key.substring(0, key.indexOf('@'));
            String currency = key.substring(key.indexOf('@') + 1);
            Account account = account(code);
            rows.add(new TrialBalanceRow(code, account.name(), account.type().name(), Money.of(pair[0].toPlainString(),
                    currency), Money.of(pair[1].toPlainString(), currency),
                    Money.of(pair[0].subtract(pair[1]).toPlainString(), currency)));
            BigDecimal[] total = totals.computeIfAbsent(currency, c -> new BigDecimal[]{BigDecimal.ZERO,
                    BigDecimal.ZERO});
            total[0] = total[0].add(pair[0]);
            total[1] = total[1].add(pair[1]);
        });
        List<CurrencyTotals> currencyTotals = new ArrayList<>();
        boolean balanced = true;
        for (Map.Entry<String, BigDecimal[]> total : totals.entrySet()) {
            currencyTotals.add(new CurrencyTotals(total.getKey(), Money.of(total.getValue()[0].toPlainString(),
                    total.getKey()), Money.of(total.getValue()[1].toPlainString(), total.getKey())));
            balanced &= total.getValue()[0].compareTo(total.getValue()[1]) == 0;
        }
        return new TrialBalance(query.to(), query.asOf(), rows, currencyTotals, balanced);
    }

    @QueryHandler
    AccountLedgerPage handle(AccountLedgerQuery query) {
        Account account = chart.find(query.account());
        if (account == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No account " + query.account() + " in the chart");
        }
        Map<String, BigDecimal> running = new LinkedHashMap<>();
        List<LedgerLine> lines = new ArrayList<>();
        forEachLine(query.account(), null, query.to(), query.asOf(), query.currency(), doc -> {
            String currency = doc.getString("currency");
            BigDecimal amount = new BigDecimal(doc.getString("amount"));
            BigDecimal balance = running.merge(currency, amount, BigDecimal::add);
            LocalDate posted = LocalDate.parse(doc.getString("postingDate"));
            if (query.from() != null && posted.isBefore(query.from())) {
                return; // part of the opening balance only
            }
            Money zero = Money.of("0", currency);
            Money debit = amount.signum() > 0 ? Money.of(amount.toPlainString(), currency) : zero;
            Money credit = amount.signum() < 0 ? Money.of(amount.negate().toPlainString(), currency) : zero;
            lines.add(new LedgerLine(doc.getString("entryId"), doc.getInteger("line"), posted,
                    LocalDate.parse(doc.getString("businessDate")), doc.getString("description"), debit, credit,
                    Money.of(balance.toPlainString(), currency), doc.getString("eventType"),
                    doc.getString("aggregateType"), doc.getString("aggregateId"),
                    ((Number) doc.get("sequence")).longValue(), doc.getDate("recordedAt").toInstant()));
        });
        int from = (int) Math.min((long) query.page() * query.size(), lines.size());
        int to = Math.min(from + query.size(), lines.size());
        return new AccountLedgerPage(account.code(), account.name(), lines.subList(from, to), query.page(),
                query.size(), lines.size());
    }

    @QueryHandler
    ProfitAndLoss handle(ProfitAndLossQuery query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "from and to are required, from not after to");
        }
        Map<String, BigDecimal> balances = new TreeMap<>();
        forEachLine(null, query.from(), query.to(), query.asOf(), null, doc -> {
            if (!Boolean.TRUE.equals(doc.getBoolean("closing"))) { // the year-end close is not part of the result
                balances.merge(doc.getString("account") + "@" + doc.getString("currency"),
                        new BigDecimal(doc.getString("amount")), BigDecimal::add);
            }
        });
        List<StatementLine> revenue = statement(balances, type -> type == Type.REVENUE);
        List<StatementLine> expenses = statement(balances, type -> type == Type.EXPENSE);
        Map<String, BigDecimal> net = new TreeMap<>();
        revenue.forEach(line -> net.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        expenses.forEach(line -> net.merge(line.amount().currency(), line.amount().amount().negate(),
                BigDecimal::add));
        return new ProfitAndLoss(query.from(), query.to(), query.asOf(), revenue, expenses, moneys(net));
    }

    @QueryHandler
    BalanceSheet handle(BalanceSheetQuery query) {
        if (query.at() == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "at is required");
        }
        Map<String, BigDecimal> balances = balances(null, query.at(), query.asOf());
        List<StatementLine> assets = statement(balances, type -> type == Type.ASSET);
        List<StatementLine> liabilities = statement(balances, type -> type == Type.LIABILITY);
        List<StatementLine> equity = new ArrayList<>(statement(balances, type -> type == Type.EQUITY));
        Map<String, BigDecimal> earnings = new TreeMap<>();
        statement(balances, type -> type == Type.REVENUE).forEach(line ->
                earnings.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        statement(balances, type -> type == Type.EXPENSE).forEach(line ->
                earnings.merge(line.amount().currency(), line.amount().amount().negate(), BigDecimal::add));
        earnings.forEach((currency, amount) -> equity.add(new StatementLine("earnings", "Earnings to date",
                Money.of(amount.toPlainString(), currency))));
        // Every currency with postings gets both totals, even where one side nets to nothing.
        Map<String, BigDecimal> totalAssets = new TreeMap<>();
        Map<String, BigDecimal> totalClaims = new TreeMap<>();
        balances.keySet().forEach(key -> {
            totalAssets.put(key.substring(key.indexOf('@') + 1), BigDecimal.ZERO);
            totalClaims.put(key.substring(key.indexOf('@') + 1), BigDecimal.ZERO);
        });
        assets.forEach(line -> totalAssets.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        liabilities.forEach(line -> totalClaims.merge(line.amount().currency(), line.amount().amount(),
                BigDecimal::add));
        equity.forEach(line -> totalClaims.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        return new BalanceSheet(query.at(), query.asOf(), assets, liabilities, equity, moneys(totalAssets),
                moneys(totalClaims));
    }

    // ----- posting -----

    private void post(EventMessage<?> message, LocalDate businessDate, String description, Entry entry) {
        post(message, businessDate, null, false, description, entry);
    }

    private void post(EventMessage<?> message, LocalDate businessDate, LocalDate fixedPostingDate, boolean closing,
                      String description, Entry entry) {
        if (mongo.exists(Query.query(Criteria.where("entryId").is(message.getIdentifier())), LINES)) {
            return; // redelivered: the entry stands as first posted, in the period it was posted to then
        }
        Map<String, BigDecimal> sums = new TreeMap<>();
        entry.lines.forEach(line -> sums.merge(line.getValue().currency(), line.getValue().amount(), BigDecimal::add));
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalStateException("unbalanced entry for event " + message.getIdentifier() + ": "
                        + sum.toPlainString() + " " + currency);
            }
        });
        LocalDate postingDate = fixedPostingDate != null ? fixedPostingDate : postingDate(businessDate);
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        int number = 0;
        for (Map.Entry<String, Money> line : entry.lines) {
            if (line.getValue().amount().signum() == 0) {
                continue; // a zero line says nothing (a credit note that all went to customer credit)
            }
            account(line.getKey());
            mongo.save(new Document("_id", message.getIdentifier() + ":" + number)
                    .append("entryId", message.getIdentifier())
                    .append("line", number)
                    .append("account", line.getKey())
                    .append("currency", line.getValue().currency())
                    .append("amount", line.getValue().amount().toPlainString())
                    .append("businessDate", businessDate.toString())
                    .append("postingDate", postingDate.toString())
                    .append("description", description)
                    .append("eventType", message.getPayloadType().getSimpleName())
                    .append("aggregateType", aggregateType)
                    .append("aggregateId", aggregateId)
                    .append("sequence", sequence)
                    .append("recordedAt", Date.from(message.getTimestamp()))
                    .append("closing", closing), LINES);
            number++;
        }
    }

    /** The business date if its month is open, else the first day of the first open month after it. */
    private LocalDate postingDate(LocalDate businessDate) {
        YearMonth month = YearMonth.from(businessDate);
        boolean moved = false;
        while (mongo.exists(Query.query(Criteria.where("_id").in("period:" + month, "year:" + month.getYear())),
                STATE)) {
            month = month.plusMonths(1);
            moved = true;
        }
        return moved ? month.atDay(1) : businessDate;
    }

    private void forEachLine(String account, LocalDate from, LocalDate to, Instant asOf, String currency,
                             java.util.function.Consumer<Document> action) {
        Criteria criteria = new Criteria();
        if (account != null) {
            criteria.and("account").is(account);
        }
        if (currency != null) {
            criteria.and("currency").is(currency);
        }
        if (from != null && to != null) {
            criteria.and("postingDate").gte(from.toString()).lte(to.toString());
        } else if (from != null) {
            criteria.and("postingDate").gte(from.toString());
        } else if (to != null) {
            criteria.and("postingDate").lte(to.toString());
        }
        if (asOf != null) {
            criteria.and("recordedAt").lte(Date.from(asOf));
        }
        mongo.find(Query.query(criteria).with(Sort.by("postingDate", "recordedAt", "entryId", "line")),
                Document.class, LINES).forEach(action);
    }

    /** Debits minus credits per account@currency over the posting dates. */
    private Map<String, BigDecimal> balances(LocalDate from, LocalDate to, Instant asOf) {
        Map<String, BigDecimal> balances = new TreeMap<>();
        forEachLine(null, from, to, asOf, null, doc -> balances.merge(doc.getString("account") + "@"
                + doc.getString("currency"), new BigDecimal(doc.getString("amount")), BigDecimal::add));
        return balances;
    }

    /** The accounts of the given types, signed as their statement reads them (credit-normal ones negated). */
    private List<StatementLine> statement(Map<String, BigDecimal> balances, Predicate<Type> types) {
        List<StatementLine> lines = new ArrayList<>();
        balances.forEach((key, balance) -> {
            Account account = account(key.substring(0, key.indexOf('@')));
            if (types.test(account.type())) {
                BigDecimal amount = account.type().debitNormal() ? balance : balance.negate();
                lines.add(new StatementLine(account.code(), account.name(),
                        Money.of(amount.toPlainString(), key.substring(key.indexOf('@') + 1))));
            }
        });
        return lines;
    }

    private Account account(String code) {
        Account account = chart.find(code);
        if (account == null) {
            throw new IllegalStateException("no account " + code + " in the chart of accounts");
        }
        return account;
    }

    private static List<Money> moneys(Map<String, BigDecimal> byCurrency) {
        List<Money> list = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> list.add(Money.of(amount.toPlainString(), currency)));
        return list;
    }

    private static Money money(Document doc, String field, String currency) {
        return Money.of(doc.getString(field), currency);
    }

    private static LocalDate dateOf(EventMessage<?> message) {
        return LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
    }
}
