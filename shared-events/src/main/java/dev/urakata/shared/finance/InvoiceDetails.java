package dev.urakata.shared.finance;

import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One invoice: its status, its lines, what settled it and what corrected it.
 *
 * @param invoiceId   the invoice
 * @param customerId  the customer
 * @param status      its status
 * @param currency    the invoice currency
 * @param issueDate   the invoice date ({@code null} for a draft)
 * @param dueDate     the due date ({@code null} for a draft)
 * @param lines       the lines: as drafted (net, tax and rate {@code null}) until issued, then as taxed
 * @param net         sum of the lines' net amounts ({@code null} for a draft)
 * @param tax         sum of the lines' taxes ({@code null} for a draft)
 * @param gross       what was invoiced ({@code null} for a draft)
 * @param outstanding what is still to be settled ({@code null} for a draft)
 * @param overdue     whether it is overdue: the due date passed and something is still owed
 * @param settlements payments allocated and customer credit applied, in the order they happened
 * @param creditNotes credit notes issued against it
 * @param contractId  the customer contract the invoice bills, {@code null} when none
 */
public record InvoiceDetails(InvoiceId invoiceId, CustomerId customerId, InvoiceStatus status, String currency,
                             LocalDate issueDate, LocalDate dueDate, List<TaxedLine> lines, Money net, Money tax,
                             Money gross, Money outstanding, boolean overdue, List<Settlement> settlements,
                             List<CreditNote> creditNotes, ContractId contractId) {

    public InvoiceDetails {
        lines = List.copyOf(lines);
        settlements = List.copyOf(settlements);
        creditNotes = List.copyOf(creditNotes);
    }

    /**
     * Something that reduced what the invoice has outstanding with the customer's money.
     *
     * @param kind      {@code PAYMENT} (an allocation of a payment) or {@code CUSTOMER_CREDIT} (credit applied)
     * @param reference the payment id or the credit application id
     * @param amount    the amount settled
     * @param date      the day it was received or applied
     */
    public record Settlement(String kind, String reference, Money amount, LocalDate date) {
    }

    /**
     * A credit note against the invoice.
     *
     * @param creditNoteId     the credit note
     * @param issueDate        its date
     * @param reason           why it was issued
     * @param gross            what it credits, tax included
     * @param appliedToInvoice the part that reduced the invoice's outstanding amount
     * @param toCustomerCredit the rest, kept as customer credit
     */
    public record CreditNote(CreditNoteId creditNoteId, LocalDate issueDate, String reason, Money gross,
                             Money appliedToInvoice, Money toCustomerCredit) {
    }
}
