package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerDetails;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.CustomerPage;
import dev.urakata.shared.finance.CustomerRegisteredEvent;
import dev.urakata.shared.finance.FindCustomerQuery;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.ListCustomersQuery;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Customer accounts: name and terms, what the customer owes (the outstanding amount of each issued invoice, summed)
 * and the credit the company holds for it. One document per customer with the state after each of its events
 * (see {@link SteppedDocuments}), so an account can be read as of an instant and a redelivered event changes
 * nothing. Outstanding amounts and credit are taken from the figures the events carry wherever they carry them.
 */
@Component
@ProcessingGroup(CustomerAccountProjection.PROCESSING_GROUP)
public class CustomerAccountProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-customers";
    static final String CUSTOMERS = "finance_customers";

    public CustomerAccountProjection(MongoTemplate mongo) {
        super(mongo, CUSTOMERS);
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, EventMessage<?> message) {
        step(event.customerId(), new Document("name", event.name()), message, doc -> doc
                .append("name", event.name()).append("currency", event.currency())
                .append("paymentTermsDays", event.paymentTermsDays())
                .append("credit", "0").append("outstanding", new Document()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        step(event.customerId(), message, doc -> outstanding(doc, event.invoiceId(), event.gross()));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, EventMessage<?> message) {
        step(event.customerId(), message, doc -> doc.append("credit", event.creditAfter().amount().toPlainString()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        step(event.customerId(), message, doc -> outstanding(doc, event.invoiceId(), event.outstandingAfter()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        step(event.customerId(), message, doc -> outstanding(doc, event.invoiceId(), event.outstandingAfter())
                .append("credit", new BigDecimal(doc.getString("credit")).add(event.toCustomerCredit().amount())
                        .toPlainString()));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, EventMessage<?> message) {
        step(event.customerId(), message, doc -> outstanding(doc, event.invoiceId(), event.outstandingAfter())
                .append("credit", event.creditAfter().amount().toPlainString()));
    }

    @QueryHandler
    Optional<CustomerDetails> handle(FindCustomerQuery query) {
        Document doc = mongo.findById(query.customerId().value(), Document.class, CUSTOMERS);
        return doc == null ? Optional.empty() : details(doc, query.asOf());
    }

    /**
     * By name: the name is fixed at registration, so documents carry it beside their steps (documents written
     * before that was so sort first, by id, until the projection is rebuilt).
     */
    @QueryHandler
    CustomerPage handle(ListCustomersQuery query) {
        MongoPages.Slice<Optional<CustomerDetails>> slice = MongoPages.read(mongo, CUSTOMERS, new Query(),
                Sort.by("name", "_id"), query.page(), query.size(), doc -> details(doc, null));
        return new CustomerPage(slice.items().stream().flatMap(Optional::stream).toList(), query.page(),
                query.size(), slice.total());
    }

    private static Optional<CustomerDetails> details(Document doc, java.time.Instant asOf) {
        Document state = null;
        for (Document step : doc.getList("steps", Document.class)) {
            if (asOf != null && step.getDate("recordedAt").toInstant().isAfter(asOf)) {
                break;
            }
            state = step;
        }
        if (state == null || state.getString("currency") == null) {
            return Optional.empty();
        }
        String currency = state.getString("currency");
        BigDecimal balance = BigDecimal.ZERO;
        int open = 0;
        for (Object amount : state.get("outstanding", Document.class).values()) {
            BigDecimal outstanding = new BigDecimal((String) amount);
            balance = balance.add(outstanding);
            open += outstanding.signum() > 0 ? 1 : 0;
        }
        return Optional.of(new CustomerDetails(new CustomerId(doc.getString("_id")), state.getString("name"), currency,
                state.getInteger("paymentTermsDays"), Money.of(balance.toPlainString(), currency),
                Money.of(state.getString("credit"), currency), open));
    }

    /**
     * The step with the invoice's outstanding amount set (a fresh map: steps never share one). A settled invoice
     * leaves the map: it adds nothing to the balance or the open count, and every later step would copy it again (a
     * customer's document grew with invoices times steps, and a holiday peak's customers fell minutes behind).
     */
    private static Document outstanding(Document doc, InvoiceId invoiceId, Money amount) {
        Document byInvoice = new Document(doc.get("outstanding", new Document()));
        if (amount.amount().signum() == 0) {
            byInvoice.remove(invoiceId.value());
        } else {
            byInvoice.put(invoiceId.value(), amount.amount().toPlainString());
        }
        return doc.append("outstanding", byInvoice);
    }

    private void step(CustomerId customerId, EventMessage<?> message,
                      java.util.function.UnaryOperator<Document> change) {
        step(customerId, new Document(), message, change);
    }

    private void step(CustomerId customerId, Document identity, EventMessage<?> message,
                      java.util.function.UnaryOperator<Document> change) {
        SteppedDocuments.step(mongo, CUSTOMERS, customerId.value(), identity, message, change);
    }
}
