package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.finance.AgingRow;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.ReceivablesAging;
import dev.urakata.shared.finance.ReceivablesAgingQuery;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Receivables aging: every movement of an invoice's outstanding amount (issued, settled by a payment, reduced by
 * a credit note) as one document keyed by its event id, with its business date and the invoice's due date. The
 * aging at a date sums, per invoice, the movements dated on or before it (and recorded by {@code asOf}) and puts
 * what is left in the bucket of its days past due: current (not yet due), 1-30, 31-60, 61-90, over 90.
 */
@Component
@ProcessingGroup(ReceivablesAgingProjection.PROCESSING_GROUP)
public class ReceivablesAgingProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-receivables-aging";
    public static final String MOVEMENTS = "finance_receivable_movements";

    public ReceivablesAgingProjection(MongoTemplate mongo) {
        super(mongo, MOVEMENTS);
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        save(message, event.customerId(), event.invoiceId().value(), event.gross(), event.issueDate(),
                event.dueDate());
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, EventMessage<?> message) {
        save(message, event.customerId(), event.invoiceId().value(), negate(event.amount()), event.receivedOn(),
                null);
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        save(message, event.customerId(), event.invoiceId().value(), negate(event.appliedToInvoice()),
                event.issueDate(), null);
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, EventMessage<?> message) {
        save(message, event.customerId(), event.invoiceId().value(), negate(event.amount()), event.appliedOn(),
                null);
    }

    @QueryHandler
    ReceivablesAging handle(ReceivablesAgingQuery query) {
        Query movements = Query.query(Criteria.where("businessDate").lte(query.at()))
                .addCriteria(recordedBy(query.asOf()));
        Map<String, BigDecimal> outstanding = new HashMap<>();
        Map<String, ReceivableMovementDocument> issued = new HashMap<>();
        for (ReceivableMovementDocument movement : mongo.find(movements, ReceivableMovementDocument.class,
                MOVEMENTS)) {
            outstanding.merge(movement.invoiceId(), movement.change().amount(), BigDecimal::add);
            if (movement.dueDate() != null) {
                issued.put(movement.invoiceId(), movement);
            }
        }
        Map<String, BigDecimal[]> rows = new TreeMap<>(); // customer@currency -> 5 buckets
        Map<String, BigDecimal[]> totals = new TreeMap<>(); // currency -> 5 buckets
        outstanding.forEach((invoiceId, amount) -> {
            ReceivableMovementDocument invoice = issued.get(invoiceId);
            if (invoice == null || amount.signum() == 0) {
                return; // settled by the date, or only settlements seen (the issue is recorded after asOf)
            }
            long daysPastDue = ChronoUnit.DAYS.between(invoice.dueDate(), query.at());
            int bucket = daysPastDue <= 0 ? 0 : daysPastDue <= 30 ? 1 : daysPastDue <= 60 ? 2 : daysPastDue <= 90 ? 3
                    : 4;
            String currency = invoice.change().currency();
            add(rows, invoice.customerId() + "@" + currency, bucket, amount);
            add(totals, currency, bucket, amount);
        });
        List<AgingRow> customerRows = new ArrayList<>();
        rows.forEach((key, buckets) -> customerRows.add(row(new CustomerId(key.substring(0, key.indexOf('@'))),
                key.substring(key.indexOf('@') + 1), buckets)));
        List<AgingRow> totalRows = new ArrayList<>();
        totals.forEach((currency, buckets) -> totalRows.add(row(null, currency, buckets)));
        return new ReceivablesAging(query.at(), query.asOf(), customerRows, totalRows);
    }

    private static void add(Map<String, BigDecimal[]> into, String key, int bucket, BigDecimal amount) {
        BigDecimal[] buckets = into.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        buckets[bucket] = buckets[bucket].add(amount);
    }

    private static AgingRow row(CustomerId customerId, String currency, BigDecimal[] buckets) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal bucket : buckets) {
            total = total.add(bucket);
        }
        return new AgingRow(customerId, currency, amount(buckets[0], currency), amount(buckets[1], currency),
                amount(buckets[2], currency), amount(buckets[3], currency), amount(buckets[4], currency),
                amount(total, currency));
    }

    private static Money amount(BigDecimal amount, String currency) {
        return Money.of(amount.toPlainString(), currency);
    }

    private static Money negate(Money money) {
        return new Money(money.amount().negate(), money.currency());
    }

    /** Saves the movement of an event (again on a redelivery, to the same document); {@code dueDate} on issue. */
    private void save(EventMessage<?> message, CustomerId customerId, String invoiceId, Money change,
                      LocalDate businessDate, LocalDate dueDate) {
        mongo.save(new ReceivableMovementDocument(message.getIdentifier(), customerId.value(), invoiceId, change,
                businessDate, dueDate, message.getTimestamp()), MOVEMENTS);
    }
}
