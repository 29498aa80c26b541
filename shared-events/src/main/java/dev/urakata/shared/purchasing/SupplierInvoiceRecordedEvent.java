package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's invoice was matched against its purchase order and recorded: the company owes its gross amount.
 *
 * @param purchaseOrderId   the order billed
 * @param supplierInvoiceId the supplier invoice
 * @param supplierId        the supplier
 * @param invoiceNumber     the supplier's invoice number
 * @param invoiceDate       the invoice's date
 * @param dueDate           when payment is due
 * @param lines             the matched, taxed lines
 * @param net               sum of the lines' net amounts (what clears goods received not invoiced)
 * @param tax               sum of the lines' taxes (input tax)
 * @param gross             net plus tax (what is payable)
 * @param department        the department the order was for, or {@code null} if it named none
 */
@Revision("1")
public record SupplierInvoiceRecordedEvent(
        PurchaseOrderId purchaseOrderId,
        SupplierInvoiceId supplierInvoiceId,
        SupplierId supplierId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        List<InvoicedLine> lines,
        Money net,
        Money tax,
        Money gross,
        String department) {

    public SupplierInvoiceRecordedEvent {
        lines = List.copyOf(lines);
    }
}
