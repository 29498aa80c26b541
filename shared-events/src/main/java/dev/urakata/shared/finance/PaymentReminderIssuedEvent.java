package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A payment reminder is to be sent to the customer for an overdue invoice (whoever mails it listens for this).
 *
 * @param customerId     the customer
 * @param invoiceId      the invoice
 * @param reminderNumber which reminder this is, from 1
 * @param dueDate        the due date that passed
 * @param outstanding    what is outstanding
 */
@Revision("1")
public record PaymentReminderIssuedEvent(CustomerId customerId, InvoiceId invoiceId, int reminderNumber,
                                         LocalDate dueDate, Money outstanding) {
}
