package dev.urakata.query.finance;

import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerDetails;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.CustomerPage;
import dev.urakata.shared.finance.CustomerRegisteredEvent;
import dev.urakata.shared.finance.FindCustomerQuery;
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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Customer accounts: name and terms, what the customer owes (the outstanding amount of each issued invoice, summed)
 * and the credit the company holds for it. Each account as it stands now in {@value #CUSTOMERS}, and after each of its
 * events in {@value #HISTORY} (see {@link StateHistoryProjection}), so an account can be read as of an instant and a
 * redelivered event changes nothing. Outstanding amounts and credit are taken from the figures the events carry
 * wherever they carry them.
 */
@Component
@ProcessingGroup(CustomerAccountProjection.PROCESSING_GROUP)
public class CustomerAccountProjection extends StateHistoryProjection<CustomerAccountState, CustomerAccountDocument,
        CustomerAccountChangeDocument> {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-customers";
    /** Each customer account as it stands now. */
    public static final String CUSTOMERS = "finance_customers";
    /** Each change of a customer account, with the account as it stood after it. */
    public static final String HISTORY = "finance_customer_history";

    public CustomerAccountProjection(MongoTemplate mongo) {
        super(mongo, CUSTOMERS, CustomerAccountDocument.class, HISTORY, CustomerAccountChangeDocument.class,
                "customerId");
    }

    @Override
    protected CustomerAccountDocument current(String id, CustomerAccountState state, long lastSequence) {
        return new CustomerAccountDocument(id, state, lastSequence);
    }

    @Override
    protected CustomerAccountChangeDocument change(String id, String customerId, long sequence, String eventId,
                                                   Instant recordedAt, CustomerAccountState state) {
        return new CustomerAccountChangeDocument(id, customerId, sequence, eventId, recordedAt, state);
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, account -> account.registered(event.name(), event.currency(),
                event.paymentTermsDays()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message,
                account -> account.withOutstanding(event.invoiceId().value(), event.gross()));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, account -> account.withCredit(event.creditAfter()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message,
                account -> account.withOutstanding(event.invoiceId().value(), event.outstandingAfter()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, account -> account
                .withOutstanding(event.invoiceId().value(), event.outstandingAfter())
                .withCredit(account.credit().plus(event.toCustomerCredit())));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.customerId(), sequence, message, account -> account
                .withOutstanding(event.invoiceId().value(), event.outstandingAfter())
                .withCredit(event.creditAfter()));
    }

    @QueryHandler
    Optional<CustomerDetails> handle(FindCustomerQuery query) {
        CustomerAccountState account = stateAt(query.customerId().value(), query.asOf());
        return account == null ? Optional.empty() : details(query.customerId().value(), account);
    }

    /** By name, from the current accounts. */
    @QueryHandler
    CustomerPage handle(ListCustomersQuery query) {
        MongoPages.Slice<Optional<CustomerDetails>> slice = MongoPages.read(mongo, CUSTOMERS,
                CustomerAccountDocument.class, new Query(), Sort.by("name", "_id"), query.page(), query.size(),
                doc -> details(doc.id(), doc.state()));
        return new CustomerPage(slice.items().stream().flatMap(Optional::stream).toList(), query.page(),
                query.size(), slice.total());
    }

    private static Optional<CustomerDetails> details(String customerId, CustomerAccountState account) {
        if (account.currency() == null) {
            return Optional.empty(); // known only from events before its registration
        }
        BigDecimal balance = BigDecimal.ZERO;
        int open = 0;
        for (BigDecimal outstanding : account.outstandingByInvoice().values()) {
            balance = balance.add(outstanding);
            open += outstanding.signum() > 0 ? 1 : 0;
        }
        return Optional.of(new CustomerDetails(new CustomerId(customerId), account.name(), account.currency(),
                account.paymentTermsDays(), new Money(balance, account.currency()), account.credit(), open));
    }

    private void change(CustomerId customerId, long sequence, EventMessage<?> message,
                        UnaryOperator<CustomerAccountState> change) {
        change(customerId.value(), CustomerAccountState.NONE, sequence, message, change);
    }
}
