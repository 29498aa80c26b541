package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Part of a payment settled an invoice.
 *
 * @param customerId       the customer
 * @param paymentId        the payment
 * @param invoiceId        the invoice
 * @param amount           the amount applied
 * @param receivedOn       the day the payment arrived
 * @param outstandingAfter what the invoice has outstanding afterwards
 * @param statusAfter      the invoice's status afterwards (PARTIALLY_PAID or PAID)
 */
@Revision("1")
public record PaymentAllocatedEvent(CustomerId customerId, PaymentId paymentId, InvoiceId invoiceId, Money amount,
                                    LocalDate receivedOn, Money outstandingAfter, InvoiceStatus statusAfter) {
}
