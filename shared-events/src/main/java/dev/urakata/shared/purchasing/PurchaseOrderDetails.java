package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One purchase order with its lines and what has arrived so far.
 *
 * @param purchaseOrderId the order
 * @param supplierId      the supplier
 * @param status          where it is in its life
 * @param origin          manual or reorder
 * @param draftedBy       who drafted it
 * @param approvedBy      who approved it, once approved
 * @param lines           the lines with ordered and received quantities
 * @param total           sum of quantity x unit cost over all lines
 * @param receiptIds      the receipts applied, in arrival order
 * @param cancelReason    why it was cancelled, if it was
 * @param department      the department the order is for, or {@code null}
 * @param supplierInvoices the supplier's invoices recorded against it, in the order they were recorded
 * @param version         sequence number of the last event applied
 */
public record PurchaseOrderDetails(
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        PurchaseOrderStatus status,
        PurchaseOrderOrigin origin,
        String draftedBy,
        String approvedBy,
        List<Line> lines,
        Money total,
        List<String> receiptIds,
        String cancelReason,
        String department,
        List<SupplierInvoice> supplierInvoices,
        long version) {

    public PurchaseOrderDetails {
        lines = List.copyOf(lines);
        receiptIds = List.copyOf(receiptIds);
        supplierInvoices = List.copyOf(supplierInvoices);
    }

    /**
     * One order line.
     *
     * @param lineNumber       1-based line number
     * @param itemId           what is bought
     * @param warehouseId      where it is delivered
     * @param quantity         ordered quantity
     * @param unitCost         agreed cost per unit
     * @param receivedQuantity quantity received so far
     * @param invoicedQuantity quantity the supplier has invoiced so far
     */
    public record Line(
            int lineNumber,
            StockItemId itemId,
            WarehouseId warehouseId,
            BigDecimal quantity,
            Money unitCost,
            BigDecimal receivedQuantity,
            BigDecimal invoicedQuantity) {
    }

    /**
     * A supplier invoice recorded against the order.
     *
     * @param supplierInvoiceId the supplier invoice
     * @param invoiceNumber     the supplier's number
     * @param invoiceDate       its date
     * @param dueDate           when payment is due
     * @param net               net amount
     * @param tax               input tax
     * @param gross             what is payable
     * @param paidOn            when it was paid, or {@code null} while unpaid
     */
    public record SupplierInvoice(
            SupplierInvoiceId supplierInvoiceId,
            String invoiceNumber,
            LocalDate invoiceDate,
            LocalDate dueDate,
            Money net,
            Money tax,
            Money gross,
            LocalDate paidOn) {
    }
}
