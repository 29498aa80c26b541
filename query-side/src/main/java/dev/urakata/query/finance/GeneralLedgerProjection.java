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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import static dev.urakata.config.processing.StoredNumbers.money;

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
        mongo.save(new Document("_id", "period:" + event.periodId().value()).append("closed", true), STATE);
        YearMonth month = YearMonth.parse(event.periodId().value());
        if (month.getMonthValue() == 12) {
            int year = month.getYear();
            mongo.save(new Document("_id", "year:" + year).append("closed", true), STATE);
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
        mongo.save(new Document("_id", "run:" + event.runId().value())
                .append("calculationEventId", message.getIdentifier())
                .append("gross", money(event.gross()))
                .append("deductions", money(event.deductions()))
                .append("net", money(event.net()))
                .append("employer", money(event.employerContributions())), STATE);
    }

    @EventHandler
    void on(PayrollRunApprovedEvent event, EventMessage<?> message) {
        Document run = mongo.findById("run:" + event.runId().value(), Document.class, STATE);
        if (run == null) {
            return; // approved without a calculation: nothing to book (the aggregate does not allow it)
        }
        PayrollCalculation calculation = new PayrollCalculation(run.getString("calculationEventId"),
                money(run, "gross"), money(run, "deductions"), money(run, "net"), money(run, "employer"));
        post(message, PostingRules.payrollRunApproved(event, calculation, dateOf(message)));
        mongo.save(run.append("approved", true), STATE);
    }

    @EventHandler
    void on(PayrollRunPaidEvent event, EventMessage<?> message) {
        Document run = mongo.findById("run:" + event.runId().value(), Document.class, STATE);
        if (run == null || !Boolean.TRUE.equals(run.getBoolean("approved"))) {
            return;
        }
        post(message, PostingRules.payrollRunPaid(event, money(run, "net")));
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
            lines.save(new Document("_id", JournalLines.lineId(message.getIdentifier(), number))
                    .append("entryId", message.getIdentifier())
                    .append("line", number)
                    .append("account", line.account())
                    .append("amount", money(line.amount()))
                    .append("businessDate", entry.businessDate().toString())
                    .append("postingDate", postingDate.toString())
                    .append("description", entry.description())
                    .append("eventType", message.getPayloadType().getSimpleName())
                    .append("aggregateType", aggregateType)
                    .append("aggregateId", aggregateId)
                    .append("sequence", sequence)
                    .append("recordedAt", Date.from(message.getTimestamp()))
                    .append("closing", entry.closing()));
            number++;
        }
    }

    /** The business date if its month is open, else the first day of the first open month after it. */
    private LocalDate postingDate(LocalDate businessDate) {
        YearMonth month = YearMonth.from(businessDate);
        boolean moved = false;
        while (DocumentIds.exists(mongo, STATE, "period:" + month)
                || DocumentIds.exists(mongo, STATE, "year:" + month.getYear())) {
            month = month.plusMonths(1);
            moved = true;
        }
        return moved ? month.atDay(1) : businessDate;
    }

    private static LocalDate dateOf(EventMessage<?> message) {
        return LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
    }
}
