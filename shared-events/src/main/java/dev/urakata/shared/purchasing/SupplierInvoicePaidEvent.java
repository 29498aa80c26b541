package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A supplier invoice was paid in full.
 *
 * @param purchaseOrderId   the order it was recorded against
 * @param supplierInvoiceId the invoice
 * @param supplierId        the supplier paid
 * @param amount            the gross amount paid
 * @param paidOn            the day it was paid
 */
@Revision("1")
public record SupplierInvoicePaidEvent(
        PurchaseOrderId purchaseOrderId,
        SupplierInvoiceId supplierInvoiceId,
        SupplierId supplierId,
        Money amount,
        LocalDate paidOn) {
}
