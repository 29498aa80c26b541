package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Apply credit the customer holds (overpayments, credit notes on paid invoices) to one of its issued invoices.
 * Sending it again with the same {@code applicationId} applies nothing new.
 *
 * @param customerId    the customer
 * @param applicationId identifies this application, for redelivery
 * @param invoiceId     the invoice to reduce
 * @param amount        how much to apply; {@code null} applies as much as possible (the smaller of the credit held
 *                      and what the invoice has outstanding)
 * @param appliedOn     the business date of the application
 */
public record ApplyCustomerCreditCommand(
        @TargetAggregateIdentifier CustomerId customerId,
        CreditApplicationId applicationId,
        InvoiceId invoiceId,
        Money amount,
        LocalDate appliedOn) {
}
