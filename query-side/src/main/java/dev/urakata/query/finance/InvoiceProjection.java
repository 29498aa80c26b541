package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
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
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Invoices by status, and each invoice in detail (lines, settlements, credit notes): one document per invoice with
 * the state after each of its events, so a list "as of" an instant shows each invoice as it was then. A step is
 * keyed by its event id, so redelivery adds nothing.
 */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
public class InvoiceProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-invoices";
    static final String INVOICES = "finance_invoices";

    public InvoiceProjection(MongoTemplate mongo) {
        super(mongo, INVOICES);
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, EventMessage<?> message) {
        List<Document> lines = new ArrayList<>();
        for (InvoiceLine line : event.lines()) {
            lines.add(new Document("lineNumber", lines.size() + 1).append("description", line.description())
                    .append("quantity", line.quantity().toPlainString())
                    .append("unitPrice", line.unitPrice().amount().toPlainString())
                    .append("taxCode", line.taxCode()));
        }
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", InvoiceStatus.DRAFT.name())
                .append("currency", event.currency()).append("lines", lines));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", InvoiceStatus.ISSUED.name())
                .append("issueDate", event.issueDate().toString()).append("dueDate", event.dueDate().toString())
                .append("gross", event.gross().amount().toPlainString())
                .append("net", event.net().amount().toPlainString())
                .append("tax", event.tax().amount().toPlainString())
                .append("lines", event.lines().stream().map(InvoiceProjection::taxedLine).toList())
                .append("outstanding", event.gross().amount().toPlainString()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", event.statusAfter().name())
                .append("outstanding", event.outstandingAfter().amount().toPlainString())
                .append("settlements", appended(doc, "settlements", new Document("kind", "PAYMENT")
                        .append("reference", event.paymentId().value())
                        .append("amount", event.amount().amount().toPlainString())
                        .append("date", event.receivedOn().toString()))));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", event.statusAfter().name())
                .append("outstanding", event.outstandingAfter().amount().toPlainString())
                .append("settlements", appended(doc, "settlements", new Document("kind", "CUSTOMER_CREDIT")
                        .append("reference", event.applicationId().value())
                        .append("amount", event.amount().amount().toPlainString())
                        .append("date", event.appliedOn().toString()))));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", event.statusAfter().name())
                .append("outstanding", event.outstandingAfter().amount().toPlainString())
                .append("creditNotes", appended(doc, "creditNotes", new Document("creditNoteId",
                        event.creditNoteId().value())
                        .append("issueDate", event.issueDate().toString())
                        .append("reason", event.reason())
                        .append("gross", event.gross().amount().toPlainString())
                        .append("appliedToInvoice", event.appliedToInvoice().amount().toPlainString())
                        .append("toCustomerCredit", event.toCustomerCredit().amount().toPlainString()))));
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("overdue", true));
    }

    @QueryHandler
    InvoicePage handle(ListInvoicesQuery query) {
        Criteria criteria = new Filters().equal("customerId", query.customerId()).criteria();
        List<InvoiceSummary> matching = new ArrayList<>();
        for (Document doc : mongo.find(Query.query(criteria), Document.class, INVOICES)) {
            Document state = stateAt(doc, query.asOf());
            if (state == null || (query.status() != null && !query.status().name().equals(state.getString("status")))) {
                continue;
            }
            String currency = state.getString("currency");
            String issueDate = state.getString("issueDate");
            matching.add(new InvoiceSummary(new InvoiceId(doc.getString("_id")),
                    new CustomerId(doc.getString("customerId")), InvoiceStatus.valueOf(state.getString("status")),
                    issueDate == null ? null : LocalDate.parse(issueDate),
                    state.getString("dueDate") == null ? null : LocalDate.parse(state.getString("dueDate")),
                    state.getString("gross") == null ? null : Money.of(state.getString("gross"), currency),
                    state.getString("outstanding") == null ? null : Money.of(state.getString("outstanding"),
                            currency), Boolean.TRUE.equals(state.getBoolean("overdue"))));
        }
        matching.sort(Comparator.comparing((InvoiceSummary s) -> s.issueDate() == null ? LocalDate.MAX
                : s.issueDate()).reversed().thenComparing(s -> s.invoiceId().value()));
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new InvoicePage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    @QueryHandler
    Optional<InvoiceDetails> handle(FindInvoiceQuery query) {
        Document doc = mongo.findById(query.invoiceId().value(), Document.class, INVOICES);
        Document state = doc == null ? null : stateAt(doc, query.asOf());
        if (state == null) {
            return Optional.empty();
        }
        String currency = state.getString("currency");
        List<TaxedLine> lines = new ArrayList<>();
        for (Document line : list(state, "lines")) {
            lines.add(new TaxedLine(line.getInteger("lineNumber"), line.getString("description"),
                    new BigDecimal(line.getString("quantity")), money(line, "unitPrice", currency),
                    line.getString("taxCode"), line.getString("taxRate") == null ? null
                    : new BigDecimal(line.getString("taxRate")), money(line, "net", currency),
                    money(line, "tax", currency), money(line, "gross", currency)));
        }
        List<InvoiceDetails.Settlement> settlements = list(state, "settlements").stream()
                .map(s -> new InvoiceDetails.Settlement(s.getString("kind"), s.getString("reference"),
                        money(s, "amount", currency), LocalDate.parse(s.getString("date")))).toList();
        List<InvoiceDetails.CreditNote> creditNotes = list(state, "creditNotes").stream()
                .map(c -> new InvoiceDetails.CreditNote(new CreditNoteId(c.getString("creditNoteId")),
                        LocalDate.parse(c.getString("issueDate")), c.getString("reason"), money(c, "gross", currency),
                        money(c, "appliedToInvoice", currency), money(c, "toCustomerCredit", currency))).toList();
        return Optional.of(new InvoiceDetails(query.invoiceId(), new CustomerId(doc.getString("customerId")),
                InvoiceStatus.valueOf(state.getString("status")), currency, date(state, "issueDate"),
                date(state, "dueDate"), lines, money(state, "net", currency), money(state, "tax", currency),
                money(state, "gross", currency), money(state, "outstanding", currency),
                Boolean.TRUE.equals(state.getBoolean("overdue")), settlements, creditNotes));
    }

    private static Document taxedLine(TaxedLine line) {
        return new Document("lineNumber", line.lineNumber()).append("description", line.description())
                .append("quantity", line.quantity().toPlainString())
                .append("unitPrice", line.unitPrice().amount().toPlainString())
                .append("taxCode", line.taxCode()).append("taxRate", line.taxRate().toPlainString())
                .append("net", line.net().amount().toPlainString()).append("tax", line.tax().amount().toPlainString())
                .append("gross", line.gross().amount().toPlainString());
    }

    /** A copy of the step's list {@code field} with {@code item} added (steps never share a mutable list). */
    private static List<Document> appended(Document step, String field, Document item) {
        List<Document> items = new ArrayList<>(list(step, field));
        items.add(item);
        return items;
    }

    private static List<Document> list(Document doc, String field) {
        List<Document> items = doc.getList(field, Document.class);
        return items == null ? List.of() : items;
    }

    private static Money money(Document doc, String field, String currency) {
        return doc.getString(field) == null ? null : Money.of(doc.getString(field), currency);
    }

    private static LocalDate date(Document doc, String field) {
        return doc.getString(field) == null ? null : LocalDate.parse(doc.getString(field));
    }

    /** The invoice's state after the last step recorded at or before {@code asOf}, or {@code null} before any. */
    private static Document stateAt(Document doc, Instant asOf) {
        Document state = null;
        for (Document step : doc.getList("steps", Document.class)) {
            if (asOf != null && step.getDate("recordedAt").toInstant().isAfter(asOf)) {
                break;
            }
            state = step;
        }
        return state;
    }

    /** Appends the state after {@code message} (the previous state changed by {@code change}) unless already there. */
    private void step(InvoiceId invoiceId, CustomerId customerId, EventMessage<?> message,
                      java.util.function.UnaryOperator<Document> change) {
        SteppedDocuments.step(mongo, INVOICES, invoiceId.value(), new Document("customerId", customerId.value()),
                message, change);
    }
}
