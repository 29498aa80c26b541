package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Issue a drafted invoice: its tax is worked out with the rates in force on the issue date and it becomes a
 * receivable that can no longer be edited.
 *
 * @param customerId the customer
 * @param invoiceId  the drafted invoice
 * @param issueDate  the invoice date (the tax point and the ledger's business date)
 * @param dueDate    when it must be paid; {@code null} means issue date plus the customer's payment terms
 */
public record IssueInvoiceCommand(@TargetAggregateIdentifier CustomerId customerId, InvoiceId invoiceId,
                                  LocalDate issueDate, LocalDate dueDate) {
}
