package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued: a receivable of {@code gross}. Tax is rounded per line and the invoice's tax is the sum
 * of its lines' taxes, so net + tax = gross on every line and on the invoice, to the minor unit.
 *
 * @param customerId the customer
 * @param invoiceId  the invoice
 * @param issueDate  the invoice date
 * @param dueDate    the due date; unpaid after it, the invoice is overdue
 * @param lines      the lines with their tax
 * @param net        sum of the lines' net amounts
 * @param tax        sum of the lines' taxes
 * @param gross      net plus tax: what the customer owes
 */
@Revision("1")
public record InvoiceIssuedEvent(CustomerId customerId, InvoiceId invoiceId, LocalDate issueDate, LocalDate dueDate,
                                 List<TaxedLine> lines, Money net, Money tax, Money gross) {
    public InvoiceIssuedEvent {
        lines = List.copyOf(lines);
    }
}
