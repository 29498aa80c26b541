package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.finance.PostingRules.PayrollCalculation;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
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
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The general ledger: every financial event posts one balanced journal entry, keyed by the event's id, whose lines
 * name the accounts of the {@link ChartOfAccounts} and trace back to the event (type, aggregate, sequence). What entry
 * an event makes is {@link PostingRules}; the reports are {@link LedgerReports}. This class posts, and keeps the
 * working state the rules need: which periods are closed, and each payroll run's last calculation.
 *
 * <p>Period close: once a month is closed, an entry whose business date falls in it is posted on the first day of
 * the first open month after it; the entry keeps both dates. Closing December also closes the year (see
 * {@link PostingRules#yearEndClose}), and every month of a closed year counts as closed. Events are handled in global
 * order (see {@link GeneralLedgerProcessingConfiguration}) so that decision is the same on every replay, and an entry
 * that already exists is never re-posted, so redelivery cannot move it.
 */
@Component
@ProcessingGroup(GeneralLedgerProjection.PROCESSING_GROUP)
public class GeneralLedgerProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "general-ledger";
    /** The posted journal lines, one document per line. */
    public static final String LINES = JournalLines.COLLECTION;
    /** Working state of the rules: closed periods and the last calculation of each payroll run. */
    public static final String STATE = "finance_ledger_state";

    private final ChartOfAccounts chart;
    private final JournalLines lines;

    public GeneralLedgerProjection(MongoTemplate mongo, ChartOfAccounts chart) {
        super(mongo, LINES, STATE);
        this.chart = chart;
        this.lines = new JournalLines(mongo);
        index(LINES, "account", "postingDate");
        index(LINES, "entryId");
    }

    // ----- finance -----

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        post(message, PostingRules.invoiceIssued(event));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        post(message, PostingRules.creditNoteIssued(event));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, EventMessage<?> message) {
        post(message, PostingRules.paymentReceived(event));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        post(message, PostingRules.paymentAllocated(event));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, EventMessage<?> message) {
        post(message, PostingRules.customerCreditApplied(event));
    }

    @EventHandler
    void on(ExpenseClaimApprovedEvent event, EventMessage<?> message) {
        post(message, PostingRules.expenseClaimApproved(event));
    }

    @EventHandler
    void on(ExpenseClaimReimbursedEvent event, EventMessage<?> message) {
        post(message, PostingRules.expenseClaimReimbursed(event));
    }

    @EventHandler
    void on(AccountingPeriodClosedEvent event, EventMessage<?> message) {
        YearMonth month = YearMonth.parse(event.periodId().value());
        mongo.save(new ClosedPeriodDocument(ClosedPeriodDocument.monthId(month), true), STATE);
        if (month.getMonthValue() == 12) {
            int year = month.getYear();
            mongo.save(new ClosedPeriodDocument(ClosedPeriodDocument.yearId(year), true), STATE);
            post(message, PostingRules.yearEndClose(year, lines.balances(LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), null), code -> chart.require(code).type()));
        }
    }

    // ----- inventory -----

    @EventHandler
    void on(StockReceivedEvent event, EventMessage<?> message) {
        post(message, PostingRules.stockReceived(event, dateOf(message)));
    }

    @EventHandler
    void on(StockIssuedEvent event, EventMessage<?> message) {
        post(message, PostingRules.stockIssued(event, dateOf(message)));
    }

    @EventHandler
    void on(StockCountAdjustedEvent event, EventMessage<?> message) {
        post(message, PostingRules.stockCountAdjusted(event, dateOf(message)));
    }

    @EventHandler
    void on(StockTransferDispatchedEvent event, EventMessage<?> message) {
        post(message, PostingRules.stockTransferDispatched(event, dateOf(message)));
    }

    @EventHandler
    void on(StockTransferReceivedEvent event, EventMessage<?> message) {
        post(message, PostingRules.stockTransferReceived(event, dateOf(message)));
    }

    // ----- purchasing -----

    @EventHandler
    void on(SupplierInvoiceRecordedEvent event, EventMessage<?> message) {
        post(message, PostingRules.supplierInvoiceRecorded(event));
    }

    @EventHandler
    void on(SupplierInvoicePaidEvent event, EventMessage<?> message) {
        post(message, PostingRules.supplierInvoicePaid(event));
    }

    // ----- payroll -----

    @EventHandler
    void on(PayrollRunCalculatedEvent event, EventMessage<?> message) {
        // A run may be calculated several times before approval; the approval books the last calculation.
        mongo.save(new PayrollRunCalculationDocument(PayrollRunCalculationDocument.id(event.runId().value()),
                message.getIdentifier(), event.gross(), event.deductions(), event.net(),
                event.employerContributions(), false), STATE);
    }

    @EventHandler
    void on(PayrollRunApprovedEvent event, EventMessage<?> message) {
        PayrollRunCalculationDocument run = mongo.findById(PayrollRunCalculationDocument.id(event.runId().value()),
                PayrollRunCalculationDocument.class, STATE);
        if (run == null) {
            return; // approved without a calculation: nothing to book (the aggregate does not allow it)
        }
        PayrollCalculation calculation = new PayrollCalculation(run.calculationEventId(), run.gross(),
                run.deductions(), run.net(), run.employer());
        post(message, PostingRules.payrollRunApproved(event, calculation, dateOf(message)));
        mongo.updateFirst(byId(run.id()), Update.update("approved", true), STATE);
    }

    @EventHandler
    void on(PayrollRunPaidEvent event, EventMessage<?> message) {
        PayrollRunCalculationDocument run = mongo.findById(PayrollRunCalculationDocument.id(event.runId().value()),
                PayrollRunCalculationDocument.class, STATE);
        if (run == null || !run.approved()) {
            return;
        }
        post(message, PostingRules.payrollRunPaid(event, run.net()));
    }

    // ----- posting -----

    private void post(EventMessage<?> message, JournalEntry entry) {
        if (lines.posted(message.getIdentifier())) {
            return; // redelivered: the entry stands as first posted, in the period it was posted to then
        }
        Map<String, BigDecimal> imbalance = entry.imbalance();
        if (!imbalance.isEmpty()) {
            throw new IllegalStateException("unbalanced entry for event " + message.getIdentifier() + ": "
                    + imbalance);
        }
        LocalDate postingDate = entry.fixedPostingDate() != null ? entry.fixedPostingDate()
                : postingDate(entry.businessDate());
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        int number = 0;
        for (JournalEntry.Line line : entry.lines()) {
            if (line.amount().amount().signum() == 0) {
                continue; // a zero line says nothing (a credit note that all went to customer credit)
            }
            chart.require(line.account());
            lines.save(new JournalLineDocument(JournalLines.lineId(message.getIdentifier(), number),
                    message.getIdentifier(), number, line.account(), line.amount(), entry.businessDate(), postingDate,
                    entry.description(), message.getPayloadType().getSimpleName(), aggregateType, aggregateId,
                    sequence, message.getTimestamp(), entry.closing()));
            number++;
        }
    }

    /** The business date if its month is open, else the first day of the first open month after it. */
    private LocalDate postingDate(LocalDate businessDate) {
        YearMonth month = YearMonth.from(businessDate);
        boolean moved = false;
        while (DocumentIds.exists(mongo, STATE, ClosedPeriodDocument.monthId(month))
                || DocumentIds.exists(mongo, STATE, ClosedPeriodDocument.yearId(month.getYear()))) {
            month = month.plusMonths(1);
            moved = true;
        }
        return moved ? month.atDay(1) : businessDate;
    }

    private static LocalDate dateOf(EventMessage<?> message) {
        return LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
    }
}
