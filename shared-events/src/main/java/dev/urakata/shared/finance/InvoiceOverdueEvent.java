package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An issued invoice was still not settled when its due date passed.
 *
 * @param customerId  the customer
 * @param invoiceId   the invoice
 * @param dueDate     the due date that passed
 * @param outstanding what was outstanding then
 */
@Revision("1")
public record InvoiceOverdueEvent(CustomerId customerId, InvoiceId invoiceId, LocalDate dueDate,
                                  Money outstanding) {
}
