package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Record a supplier's invoice against a purchase order (three-way match: order, receipt, invoice). Sending it
 * again with the same {@code supplierInvoiceId} records nothing new.
 *
 * @param purchaseOrderId   the order billed
 * @param supplierInvoiceId the new supplier invoice
 * @param invoiceNumber     the supplier's own invoice number, unique per supplier
 * @param invoiceDate       the invoice's date (its tax point and its posting date)
 * @param dueDate           when the supplier expects payment; not before the invoice date
 * @param lines             the billed lines, at least one, each line number at most once
 */
public record RecordSupplierInvoiceCommand(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        SupplierInvoiceId supplierInvoiceId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        List<SupplierInvoiceLine> lines) {
}
