package dev.urakata.query.finance;

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
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.urakata.config.processing.StoredNumbers.decimal;
import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * Customer accounts: name and terms, what the customer owes (the outstanding amount of each issued invoice, summed)
 * and the credit the company holds for it. Each account as it stands now in {@value #CUSTOMERS}, and after each of its
 * events in {@value #HISTORY} (see {@link StateHistoryProjection}), so an account can be read as of an instant and a
 * redelivered event changes nothing. Outstanding amounts and credit are taken from the figures the events carry
 * wherever they carry them.
 */
@Component
@ProcessingGroup(CustomerAccountProjection.PROCESSING_GROUP)
public class CustomerAccountProjection extends StateHistoryProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-customers";
    /** Each customer account as it stands now. */
    public static final String CUSTOMERS = "finance_customers";
    /** Each change of a customer account, with the account as it stood after it. */
    public static final String HISTORY = "finance_customer_history";
    /** The outstanding amount of each open invoice, by invoice id, in the account's currency. */
    private static final String OUTSTANDING = "outstandingByInvoice";

    public CustomerAccountProjection(MongoTemplate mongo) {
        super(mongo, CUSTOMERS, HISTORY, "customerId");
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, doc -> doc
                .append("name", event.name()).append("currency", event.currency())
                .append("paymentTermsDays", event.paymentTermsDays())
                .append("credit", money(new Money(BigDecimal.ZERO, event.currency())))
                .append(OUTSTANDING, new Document()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, doc -> outstanding(doc, event.invoiceId(), event.gross()));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, doc -> doc.append("credit", money(event.creditAfter())));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message,
                doc -> outstanding(doc, event.invoiceId(), event.outstandingAfter()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, doc -> {
            Money credit = money(doc, "credit").plus(event.toCustomerCredit());
            return outstanding(doc, event.invoiceId(), event.outstandingAfter()).append("credit", money(credit));
        });
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, doc -> outstanding(doc, event.invoiceId(),
                event.outstandingAfter()).append("credit", money(event.creditAfter())));
    }

    @QueryHandler
    Optional<CustomerDetails> handle(FindCustomerQuery query) {
        Document state = stateAt(query.customerId().value(), query.asOf());
        return state == null ? Optional.empty() : details(query.customerId().value(), state);
    }

    /** By name, from the current accounts. */
    @QueryHandler
    CustomerPage handle(ListCustomersQuery query) {
        MongoPages.Slice<Optional<CustomerDetails>> slice = MongoPages.read(mongo, CUSTOMERS, new Query(),
                Sort.by("name", "_id"), query.page(), query.size(), doc -> details(doc.getString("_id"), doc));
        return new CustomerPage(slice.items().stream().flatMap(Optional::stream).toList(), query.page(),
                query.size(), slice.total());
    }

    private static Optional<CustomerDetails> details(String customerId, Document state) {
        if (state.getString("currency") == null) {
            return Optional.empty(); // known only from events before its registration
        }
        String currency = state.getString("currency");
        BigDecimal balance = BigDecimal.ZERO;
        int open = 0;
        for (Object amount : state.get(OUTSTANDING, Document.class).values()) {
            BigDecimal outstanding = ((Decimal128) amount).bigDecimalValue();
            balance = balance.add(outstanding);
            open += outstanding.signum() > 0 ? 1 : 0;
        }
        return Optional.of(new CustomerDetails(new CustomerId(customerId), state.getString("name"), currency,
                state.getInteger("paymentTermsDays"), new Money(balance, currency), money(state, "credit"), open));
    }

    /**
     * The state with the invoice's outstanding amount set (a fresh map: states never share one). A settled invoice
     * leaves the map: it adds nothing to the balance or the open count, and every later change would copy it again
     * (a customer's document grew with invoices times changes, and a holiday peak's customers fell minutes behind).
     */
    private static Document outstanding(Document doc, InvoiceId invoiceId, Money amount) {
        Document byInvoice = new Document(doc.get(OUTSTANDING, new Document()));
        if (amount.amount().signum() == 0) {
            byInvoice.remove(invoiceId.value());
        } else {
            byInvoice.put(invoiceId.value(), decimal(amount.amount()));
        }
        return doc.append(OUTSTANDING, byInvoice);
    }

    private void change(CustomerId customerId, long sequence, EventMessage<?> message,
                        UnaryOperator<Document> change) {
        change(customerId.value(), new Document(), sequence, message, change);
    }
}
