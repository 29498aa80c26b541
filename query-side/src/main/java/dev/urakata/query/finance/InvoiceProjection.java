package dev.urakata.query.finance;

import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoicePage;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.InvoiceSummary;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Invoices by status: one document per invoice with the state after each of its events, so a list "as of" an
 * instant shows each invoice as it was then. A step is keyed by its event id, so redelivery adds nothing.
 */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
public class InvoiceProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-invoices";
    static final String INVOICES = "finance_invoices";

    private final MongoTemplate mongo;

    public InvoiceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", InvoiceStatus.DRAFT.name())
                .append("currency", event.currency()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", InvoiceStatus.ISSUED.name())
                .append("issueDate", event.issueDate().toString()).append("dueDate", event.dueDate().toString())
                .append("gross", event.gross().amount().toPlainString())
                .append("outstanding", event.gross().amount().toPlainString()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", event.statusAfter().name())
                .append("outstanding", event.outstandingAfter().amount().toPlainString()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("status", event.statusAfter().name())
                .append("outstanding", event.outstandingAfter().amount().toPlainString()));
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, EventMessage<?> message) {
        step(event.invoiceId(), event.customerId(), message, doc -> doc.append("overdue", true));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), INVOICES);
    }

    @QueryHandler
    InvoicePage handle(ListInvoicesQuery query) {
        Criteria criteria = new Criteria();
        if (query.customerId() != null) {
            criteria.and("customerId").is(query.customerId().value());
        }
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
