package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Customer credit was applied to an invoice: the invoice's outstanding amount and the customer's credit both fell
 * by {@code amount}.
 *
 * @param customerId       the customer
 * @param applicationId    the application
 * @param invoiceId        the invoice reduced
 * @param amount           the credit applied (positive)
 * @param appliedOn        the business date of the application
 * @param outstandingAfter what the invoice has outstanding afterwards
 * @param statusAfter      the invoice's status afterwards (PARTIALLY_PAID or PAID)
 * @param creditAfter      the customer's credit afterwards
 */
@Revision("1")
public record CustomerCreditAppliedEvent(
        CustomerId customerId,
        CreditApplicationId applicationId,
        InvoiceId invoiceId,
        Money amount,
        LocalDate appliedOn,
        Money outstandingAfter,
        InvoiceStatus statusAfter,
        Money creditAfter) {
}
