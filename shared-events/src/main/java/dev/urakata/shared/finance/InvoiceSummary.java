package dev.urakata.shared.finance;

import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.money.Money;

import java.time.LocalDate;

/**
 * An invoice in a list.
 *
 * @param invoiceId   the invoice
 * @param customerId  the customer
 * @param status      its status
 * @param issueDate   the invoice date ({@code null} for a draft)
 * @param dueDate     the due date ({@code null} for a draft)
 * @param gross       what was invoiced ({@code null} for a draft)
 * @param outstanding what is still to be settled ({@code null} for a draft)
 * @param overdue     whether the due date passed unsettled (an overdue event was recorded)
 * @param contractId  the customer contract the invoice bills, {@code null} when none
 */
public record InvoiceSummary(InvoiceId invoiceId, CustomerId customerId, InvoiceStatus status, LocalDate issueDate,
                             LocalDate dueDate, Money gross, Money outstanding, boolean overdue,
                             ContractId contractId) {
}
