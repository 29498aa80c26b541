package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Money arrived from a customer. Until allocated it is customer credit; the allocations follow as
 * {@link PaymentAllocatedEvent}s in the same transaction.
 *
 * @param customerId  the customer
 * @param paymentId   the payment
 * @param amount      the amount received
 * @param receivedOn  the day it arrived
 * @param unallocated the part not allocated to any invoice, kept as customer credit
 * @param creditAfter the customer's credit after this payment and its allocations
 */
@Revision("1")
public record PaymentReceivedEvent(CustomerId customerId, PaymentId paymentId, Money amount, LocalDate receivedOn,
                                   Money unallocated, Money creditAfter) {
}
