package dev.urakata.query.finance;

import dev.urakata.query.finance.ChartOfAccounts.Type;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static dev.urakata.query.finance.ChartOfAccounts.CASH;
import static dev.urakata.query.finance.ChartOfAccounts.COST_OF_GOODS_SOLD;
import static dev.urakata.query.finance.ChartOfAccounts.COUNT_DIFFERENCES;
import static dev.urakata.query.finance.ChartOfAccounts.CUSTOMER_CREDIT;
import static dev.urakata.query.finance.ChartOfAccounts.EMPLOYER_CONTRIBUTIONS_EXPENSE;
import static dev.urakata.query.finance.ChartOfAccounts.EMPLOYER_CONTRIBUTIONS_PAYABLE;
import static dev.urakata.query.finance.ChartOfAccounts.EXPENSE_CLAIMS_PAYABLE;
import static dev.urakata.query.finance.ChartOfAccounts.GOODS_IN_TRANSIT;
import static dev.urakata.query.finance.ChartOfAccounts.GR_IR_CLEARING;
import static dev.urakata.query.finance.ChartOfAccounts.INPUT_TAX;
import static dev.urakata.query.finance.ChartOfAccounts.INVENTORY;
import static dev.urakata.query.finance.ChartOfAccounts.OTHER_EXPENSES;
import static dev.urakata.query.finance.ChartOfAccounts.OUTPUT_TAX;
import static dev.urakata.query.finance.ChartOfAccounts.RECEIVABLES;
import static dev.urakata.query.finance.ChartOfAccounts.RETAINED_EARNINGS;
import static dev.urakata.query.finance.ChartOfAccounts.REVENUE;
import static dev.urakata.query.finance.ChartOfAccounts.SALARIES_PAYABLE;
import static dev.urakata.query.finance.ChartOfAccounts.SALARY_EXPENSE;
import static dev.urakata.query.finance.ChartOfAccounts.TRADE_PAYABLES;
import static dev.urakata.query.finance.ChartOfAccounts.WITHHOLDINGS_PAYABLE;

/**
 * The posting rules: what journal entry each financial event makes, as pure functions of the event (and, where an
 * event does not carry every figure, of what the ledger knew before it). Nothing here reads or writes a store; the
 * {@link GeneralLedgerProjection} posts what these return, and {@code PostingRulesTest} checks each rule on its own.
 *
 * <p>Debit / credit:
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
 *       calculation); run paid: salaries payable / cash, net;</li>
 *   <li>year-end close: every revenue and expense balance of the year / retained earnings, dated 31 December.</li>
 * </ul>
 * A negative amount (a correction run's claw-back, a count loss) simply moves a line to the other side. Events
 * without a business date of their own (stock movements, a payroll approval) are dated the day they were recorded.
 *
 * <p>Changing a rule changes what a rebuild of the ledger posts for past events too: journal entries are a
 * projection, not events of their own (docs/api.md says why). A rule that must not apply to the past takes the
 * business date into account.
 */
final class PostingRules {

    /** The figures of a payroll run's last calculation, which its approval books. */
    record PayrollCalculation(String calculationEventId, Money gross, Money deductions, Money net, Money employer) {
    }

    private PostingRules() {
    }

    // ----- finance -----

    static JournalEntry invoiceIssued(InvoiceIssuedEvent event) {
        return JournalEntry.on(event.issueDate(), "Invoice " + event.invoiceId() + " to " + event.customerId())
                .debit(RECEIVABLES, event.gross())
                .credit(REVENUE, event.net())
                .credit(OUTPUT_TAX, event.tax()).entry();
    }

    static JournalEntry creditNoteIssued(CreditNoteIssuedEvent event) {
        return JournalEntry.on(event.issueDate(), "Credit note " + event.creditNoteId() + " on invoice "
                        + event.invoiceId())
                .debit(REVENUE, event.net())
                .debit(OUTPUT_TAX, event.tax())
                .credit(RECEIVABLES, event.appliedToInvoice())
                .credit(CUSTOMER_CREDIT, event.toCustomerCredit()).entry();
    }

    static JournalEntry paymentReceived(PaymentReceivedEvent event) {
        return JournalEntry.on(event.receivedOn(), "Payment " + event.paymentId() + " from " + event.customerId())
                .debit(CASH, event.amount())
                .credit(CUSTOMER_CREDIT, event.amount()).entry();
    }

    static JournalEntry paymentAllocated(PaymentAllocatedEvent event) {
        return JournalEntry.on(event.receivedOn(), "Payment " + event.paymentId() + " applied to invoice "
                        + event.invoiceId())
                .debit(CUSTOMER_CREDIT, event.amount())
                .credit(RECEIVABLES, event.amount()).entry();
    }

    static JournalEntry customerCreditApplied(CustomerCreditAppliedEvent event) {
        return JournalEntry.on(event.appliedOn(), "Customer credit of " + event.customerId()
                        + " applied to invoice " + event.invoiceId())
                .debit(CUSTOMER_CREDIT, event.amount())
                .credit(RECEIVABLES, event.amount()).entry();
    }

    static JournalEntry expenseClaimApproved(ExpenseClaimApprovedEvent event) {
        return JournalEntry.on(event.expenseDate(), "Expense claim " + event.claimId() + " (" + event.department()
                        + ")")
                .debit(OTHER_EXPENSES, event.amount())
                .credit(EXPENSE_CLAIMS_PAYABLE, event.amount()).entry();
    }

    static JournalEntry expenseClaimReimbursed(ExpenseClaimReimbursedEvent event) {
        return JournalEntry.on(event.paidOn(), "Expense claim " + event.claimId() + " reimbursed")
                .debit(EXPENSE_CLAIMS_PAYABLE, event.amount())
                .credit(CASH, event.amount()).entry();
    }

    /**
     * The year-end close: one entry, dated the last day of the year, that brings every revenue and expense account's
     * balance for the year to zero against retained earnings. Marked as closing, so that the profit and loss report
     * still shows the year's result; the balance sheet is unchanged by it (earnings to date move into retained
     * earnings).
     *
     * @param balances debits minus credits of the year, by account code and currency ({@code 4000@JPY})
     * @param typeOf   the type of an account code in the chart
     */
    static JournalEntry yearEndClose(int year, Map<String, BigDecimal> balances, Function<String, Type> typeOf) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        JournalEntry.Builder entry = new JournalEntry.Builder(yearEnd, yearEnd, true,
                "Year-end close " + year + ": profit and loss into retained earnings");
        Map<String, BigDecimal> result = new TreeMap<>();
        balances.forEach((key, balance) -> {
            String code = key.substring(0, key.indexOf('@'));
            String currency = key.substring(key.indexOf('@') + 1);
            Type type = typeOf.apply(code);
            if (type == Type.REVENUE || type == Type.EXPENSE) {
                entry.credit(code, new Money(balance, currency));
                result.merge(currency, balance, BigDecimal::add);
            }
        });
        result.forEach((currency, sum) -> entry.debit(RETAINED_EARNINGS, new Money(sum, currency)));
        return entry.entry();
    }

    // ----- inventory -----

    static JournalEntry stockReceived(StockReceivedEvent event, LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Stock received: " + event.itemId() + " at " + event.warehouseId()
                        + (event.reference() == null ? "" : " (" + event.reference() + ")"))
                .debit(INVENTORY, event.value())
                .credit(GR_IR_CLEARING, event.value()).entry();
    }

    static JournalEntry stockIssued(StockIssuedEvent event, LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Stock issued at cost: " + event.itemId() + " from "
                        + event.warehouseId())
                .debit(COST_OF_GOODS_SOLD, event.value())
                .credit(INVENTORY, event.value()).entry();
    }

    /** The value is signed (negative for a loss), so a gain debits inventory and a loss credits it. */
    static JournalEntry stockCountAdjusted(StockCountAdjustedEvent event, LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Count difference: " + event.itemId() + " at " + event.warehouseId())
                .debit(INVENTORY, event.value())
                .credit(COUNT_DIFFERENCES, event.value()).entry();
    }

    static JournalEntry stockTransferDispatched(StockTransferDispatchedEvent event, LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Transfer " + event.transferId() + " dispatched")
                .debit(GOODS_IN_TRANSIT, event.value())
                .credit(INVENTORY, event.value()).entry();
    }

    static JournalEntry stockTransferReceived(StockTransferReceivedEvent event, LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Transfer " + event.transferId() + " received")
                .debit(INVENTORY, event.value())
                .credit(GOODS_IN_TRANSIT, event.value()).entry();
    }

    // ----- purchasing -----

    static JournalEntry supplierInvoiceRecorded(SupplierInvoiceRecordedEvent event) {
        return JournalEntry.on(event.invoiceDate(), "Supplier invoice " + event.invoiceNumber() + " from "
                        + event.supplierId() + " on order " + event.purchaseOrderId())
                .debit(GR_IR_CLEARING, event.net())
                .debit(INPUT_TAX, event.tax())
                .credit(TRADE_PAYABLES, event.gross()).entry();
    }

    static JournalEntry supplierInvoicePaid(SupplierInvoicePaidEvent event) {
        return JournalEntry.on(event.paidOn(), "Supplier invoice " + event.supplierInvoiceId() + " paid to "
                        + event.supplierId())
                .debit(TRADE_PAYABLES, event.amount())
                .credit(CASH, event.amount()).entry();
    }

    // ----- payroll -----

    static JournalEntry payrollRunApproved(PayrollRunApprovedEvent event, PayrollCalculation calculation,
                                           LocalDate recordedOn) {
        return JournalEntry.on(recordedOn, "Payroll run " + event.runId() + " approved (calculation event "
                        + calculation.calculationEventId() + ")")
                .debit(SALARY_EXPENSE, calculation.gross())
                .debit(EMPLOYER_CONTRIBUTIONS_EXPENSE, calculation.employer())
                .credit(SALARIES_PAYABLE, calculation.net())
                .credit(WITHHOLDINGS_PAYABLE, calculation.deductions())
                .credit(EMPLOYER_CONTRIBUTIONS_PAYABLE, calculation.employer()).entry();
    }

    static JournalEntry payrollRunPaid(PayrollRunPaidEvent event, Money net) {
        return JournalEntry.on(event.paymentDate(), "Payroll run " + event.runId() + " paid")
                .debit(SALARIES_PAYABLE, net)
                .credit(CASH, net).entry();
    }
}
