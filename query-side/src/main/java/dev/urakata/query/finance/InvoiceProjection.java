package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Filters;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.FindInvoiceQuery;
import dev.urakata.shared.finance.InvoiceDetails;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoicePage;
import dev.urakata.shared.finance.InvoiceSummary;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.TaxedLine;
import dev.urakata.shared.legal.ContractId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Invoices by status, and each invoice in detail (lines, settlements, credit notes): each invoice as it stands now in
 * {@value #INVOICES}, and after each of its events in {@value #HISTORY}, so a list "as of" an instant shows each
 * invoice as it was then (see {@link StateHistoryProjection}: a redelivered event adds nothing).
 */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
public class InvoiceProjection extends StateHistoryProjection<InvoiceState, InvoiceDocument, InvoiceChangeDocument> {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-invoices";
    /** Each invoice as it stands now. */
    public static final String INVOICES = "finance_invoices";
    /** Each change of an invoice, with the invoice as it stood after it. */
    public static final String HISTORY = "finance_invoice_history";

    public InvoiceProjection(MongoTemplate mongo) {
        super(mongo, INVOICES, InvoiceDocument.class, HISTORY, InvoiceChangeDocument.class, "invoiceId");
    }

    @Override
    protected InvoiceDocument current(String id, InvoiceState state, long lastSequence) {
        return new InvoiceDocument(id, state, lastSequence);
    }

    @Override
    protected InvoiceChangeDocument change(String id, String invoiceId, long sequence, String eventId,
                                           Instant recordedAt, InvoiceState state) {
        return new InvoiceChangeDocument(id, invoiceId, sequence, eventId, recordedAt, state);
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        List<InvoiceState.Line> lines = new ArrayList<>();
        for (InvoiceLine line : event.lines()) {
            lines.add(new InvoiceState.Line(lines.size() + 1, line.description(), line.quantity(), line.unitPrice(),
                    line.taxCode(), null, null, null, null));
        }
        change(event.invoiceId(), event.customerId(), sequence, message,
                invoice -> invoice.drafted(event.currency(), lines,
                        event.contractId() == null ? null : event.contractId().value()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        List<InvoiceState.Line> lines = event.lines().stream().map(line -> new InvoiceState.Line(line.lineNumber(),
                line.description(), line.quantity(), line.unitPrice(), line.taxCode(), line.taxRate(), line.net(),
                line.tax(), line.gross())).toList();
        change(event.invoiceId(), event.customerId(), sequence, message, invoice -> invoice.issued(event.issueDate(),
                event.dueDate(), lines, event.net(), event.tax(), event.gross()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, invoice -> invoice.settled(
                event.statusAfter(), event.outstandingAfter(), new InvoiceState.Settlement("PAYMENT",
                        event.paymentId().value(), event.amount(), event.receivedOn())));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, invoice -> invoice.settled(
                event.statusAfter(), event.outstandingAfter(), new InvoiceState.Settlement("CUSTOMER_CREDIT",
                        event.applicationId().value(), event.amount(), event.appliedOn())));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, invoice -> invoice.credited(
                event.statusAfter(), event.outstandingAfter(), new InvoiceState.CreditNote(
                        event.creditNoteId().value(), event.issueDate(), event.reason(), event.gross(),
                        event.appliedToInvoice(), event.toCustomerCredit())));
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, InvoiceState::fallenOverdue);
    }

    @QueryHandler
    InvoicePage handle(ListInvoicesQuery query) {
        Criteria customer = new Filters().equal("customerId", query.customerId()).criteria();
        List<InvoiceSummary> matching = new ArrayList<>();
        statesAt(customer, query.asOf()).forEach((invoiceId, invoice) -> {
            if (query.status() == null || query.status() == invoice.status()) {
                matching.add(new InvoiceSummary(new InvoiceId(invoiceId), new CustomerId(invoice.customerId()),
                        invoice.status(), invoice.issueDate(), invoice.dueDate(), invoice.gross(),
                        invoice.outstanding(), invoice.overdue(), contractOf(invoice)));
            }
        });
        matching.sort(Comparator.comparing((InvoiceSummary s) -> s.issueDate() == null ? LocalDate.MAX
                : s.issueDate()).reversed().thenComparing(s -> s.invoiceId().value()));
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new InvoicePage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    @QueryHandler
    Optional<InvoiceDetails> handle(FindInvoiceQuery query) {
        InvoiceState known = stateAt(query.invoiceId().value(), query.asOf());
        InvoiceState invoice = known == null || query.effectiveOn() == null ? known
                : known.onDay(query.effectiveOn()).orElse(null);
        if (invoice == null) {
            return Optional.empty();
        }
        List<TaxedLine> lines = listed(invoice.lines()).stream().map(line -> new TaxedLine(line.lineNumber(),
                line.description(), line.quantity(), line.unitPrice(), line.taxCode(), line.taxRate(), line.net(),
                line.tax(), line.gross())).toList();
        List<InvoiceDetails.Settlement> settlements = listed(invoice.settlements()).stream()
                .map(s -> new InvoiceDetails.Settlement(s.kind(), s.reference(), s.amount(), s.date())).toList();
        List<InvoiceDetails.CreditNote> creditNotes = listed(invoice.creditNotes()).stream()
                .map(c -> new InvoiceDetails.CreditNote(new CreditNoteId(c.creditNoteId()), c.issueDate(),
                        c.reason(), c.gross(), c.appliedToInvoice(), c.toCustomerCredit())).toList();
        return Optional.of(new InvoiceDetails(query.invoiceId(), new CustomerId(invoice.customerId()),
                invoice.status(), invoice.currency(), invoice.issueDate(), invoice.dueDate(), lines, invoice.net(),
                invoice.tax(), invoice.gross(), invoice.outstanding(), invoice.overdue(), settlements, creditNotes,
                contractOf(invoice)));
    }

    private static ContractId contractOf(InvoiceState invoice) {
        return invoice.contractId() == null ? null : new ContractId(invoice.contractId());
    }

    private static <T> List<T> listed(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** Applies the change an event of the invoice makes; the invoice's customer is fixed at its first event. */
    private void change(InvoiceId invoiceId, CustomerId customerId, long sequence, EventMessage<?> message,
                        UnaryOperator<InvoiceState> change) {
        change(invoiceId.value(), InvoiceState.of(customerId.value()), sequence, message, change);
    }
}
