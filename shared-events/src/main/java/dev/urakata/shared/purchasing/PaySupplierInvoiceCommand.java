package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Pay a recorded supplier invoice in full. Paying it again is refused with SUPPLIER_INVOICE_ALREADY_PAID.
 *
 * @param purchaseOrderId   the order the invoice was recorded against
 * @param supplierInvoiceId the invoice
 * @param paidOn            the day the money left the bank; not before the invoice date
 */
public record PaySupplierInvoiceCommand(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        SupplierInvoiceId supplierInvoiceId,
        LocalDate paidOn) {
}
