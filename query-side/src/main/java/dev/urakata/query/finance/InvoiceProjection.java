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
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.InvoiceSummary;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.TaxedLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.urakata.config.processing.StoredNumbers.decimal;
import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * Invoices by status, and each invoice in detail (lines, settlements, credit notes): each invoice as it stands now in
 * {@value #INVOICES}, and after each of its events in {@value #HISTORY}, so a list "as of" an instant shows each
 * invoice as it was then (see {@link StateHistoryProjection}: a redelivered event adds nothing).
 */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
public class InvoiceProjection extends StateHistoryProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-invoices";
    /** Each invoice as it stands now. */
    public static final String INVOICES = "finance_invoices";
    /** Each change of an invoice, with the invoice as it stood after it. */
    public static final String HISTORY = "finance_invoice_history";

    public InvoiceProjection(MongoTemplate mongo) {
        super(mongo, INVOICES, HISTORY, "invoiceId");
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        List<Document> lines = new ArrayList<>();
        for (InvoiceLine line : event.lines()) {
            lines.add(new Document("lineNumber", lines.size() + 1).append("description", line.description())
                    .append("quantity", decimal(line.quantity()))
                    .append("unitPrice", money(line.unitPrice()))
                    .append("taxCode", line.taxCode()));
        }
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc
                .append("status", InvoiceStatus.DRAFT.name()).append("currency", event.currency())
                .append("lines", lines).append("overdue", false));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc
                .append("status", InvoiceStatus.ISSUED.name())
                .append("issueDate", event.issueDate().toString()).append("dueDate", event.dueDate().toString())
                .append("gross", money(event.gross()))
                .append("net", money(event.net()))
                .append("tax", money(event.tax()))
                .append("lines", event.lines().stream().map(InvoiceProjection::taxedLine).toList())
                .append("outstanding", money(event.gross())));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc
                .append("status", event.statusAfter().name())
                .append("outstanding", money(event.outstandingAfter()))
                .append("settlements", appended(doc, "settlements", new Document("kind", "PAYMENT")
                        .append("reference", event.paymentId().value())
                        .append("amount", money(event.amount()))
                        .append("date", event.receivedOn().toString()))));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc
                .append("status", event.statusAfter().name())
                .append("outstanding", money(event.outstandingAfter()))
                .append("settlements", appended(doc, "settlements", new Document("kind", "CUSTOMER_CREDIT")
                        .append("reference", event.applicationId().value())
                        .append("amount", money(event.amount()))
                        .append("date", event.appliedOn().toString()))));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc
                .append("status", event.statusAfter().name())
                .append("outstanding", money(event.outstandingAfter()))
                .append("creditNotes", appended(doc, "creditNotes", new Document("creditNoteId",
                        event.creditNoteId().value())
                        .append("issueDate", event.issueDate().toString())
                        .append("reason", event.reason())
                        .append("gross", money(event.gross()))
                        .append("appliedToInvoice", money(event.appliedToInvoice()))
                        .append("toCustomerCredit", money(event.toCustomerCredit())))));
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.invoiceId(), event.customerId(), sequence, message, doc -> doc.append("overdue", true));
    }

    @QueryHandler
    InvoicePage handle(ListInvoicesQuery query) {
        Criteria customer = new Filters().equal("customerId", query.customerId()).criteria();
        List<InvoiceSummary> matching = new ArrayList<>();
        statesAt(customer, query.asOf()).forEach((invoiceId, state) -> {
            if (query.status() == null || query.status().name().equals(state.getString("status"))) {
                matching.add(new InvoiceSummary(new InvoiceId(invoiceId), new CustomerId(state.getString("customerId")),
                        InvoiceStatus.valueOf(state.getString("status")), date(state, "issueDate"),
                        date(state, "dueDate"), money(state, "gross"), money(state, "outstanding"),
                        Boolean.TRUE.equals(state.getBoolean("overdue"))));
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
        Document state = stateAt(query.invoiceId().value(), query.asOf());
        if (state == null) {
            return Optional.empty();
        }
        List<TaxedLine> lines = new ArrayList<>();
        for (Document line : list(state, "lines")) {
            lines.add(new TaxedLine(line.getInteger("lineNumber"), line.getString("description"),
                    decimal(line, "quantity"), money(line, "unitPrice"), line.getString("taxCode"),
                    decimal(line, "taxRate"), money(line, "net"), money(line, "tax"), money(line, "gross")));
        }
        List<InvoiceDetails.Settlement> settlements = list(state, "settlements").stream()
                .map(s -> new InvoiceDetails.Settlement(s.getString("kind"), s.getString("reference"),
                        money(s, "amount"), LocalDate.parse(s.getString("date")))).toList();
        List<InvoiceDetails.CreditNote> creditNotes = list(state, "creditNotes").stream()
                .map(c -> new InvoiceDetails.CreditNote(new CreditNoteId(c.getString("creditNoteId")),
                        LocalDate.parse(c.getString("issueDate")), c.getString("reason"), money(c, "gross"),
                        money(c, "appliedToInvoice"), money(c, "toCustomerCredit"))).toList();
        return Optional.of(new InvoiceDetails(query.invoiceId(), new CustomerId(state.getString("customerId")),
                InvoiceStatus.valueOf(state.getString("status")), state.getString("currency"),
                date(state, "issueDate"), date(state, "dueDate"), lines, money(state, "net"), money(state, "tax"),
                money(state, "gross"), money(state, "outstanding"), Boolean.TRUE.equals(state.getBoolean("overdue")),
                settlements, creditNotes));
    }

    private static Document taxedLine(TaxedLine line) {
        return new Document("lineNumber", line.lineNumber()).append("description", line.description())
                .append("quantity", decimal(line.quantity()))
                .append("unitPrice", money(line.unitPrice()))
                .append("taxCode", line.taxCode()).append("taxRate", decimal(line.taxRate()))
                .append("net", money(line.net())).append("tax", money(line.tax()))
                .append("gross", money(line.gross()));
    }

    /** A copy of the state's list {@code field} with {@code item} added (states never share a mutable list). */
    private static List<Document> appended(Document state, String field, Document item) {
        List<Document> items = new ArrayList<>(list(state, field));
        items.add(item);
        return items;
    }

    private static List<Document> list(Document doc, String field) {
        List<Document> items = doc.getList(field, Document.class);
        return items == null ? List.of() : items;
    }

    private static LocalDate date(Document doc, String field) {
        return doc.getString(field) == null ? null : LocalDate.parse(doc.getString(field));
    }

    /** Applies the change an event of the invoice makes; the invoice's customer is fixed at its first event. */
    private void change(InvoiceId invoiceId, CustomerId customerId, long sequence, EventMessage<?> message,
                        UnaryOperator<Document> change) {
        change(invoiceId.value(), new Document("customerId", customerId.value()), sequence, message, change);
    }
}
