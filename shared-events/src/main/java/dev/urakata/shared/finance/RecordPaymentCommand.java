package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Record money received from a customer and allocate it to one or more of its invoices; what is not allocated
 * is kept as customer credit.
 *
 * @param customerId  the customer
 * @param paymentId   the payment; a repeated id is recognised and not applied twice
 * @param amount      the amount received (positive, in the customer's currency)
 * @param receivedOn  the day it arrived (the ledger's business date)
 * @param allocations how much settles which invoice; their sum may not exceed {@code amount}
 */
public record RecordPaymentCommand(@TargetAggregateIdentifier CustomerId customerId, PaymentId paymentId,
                                   Money amount, LocalDate receivedOn, List<PaymentAllocation> allocations) {
}
