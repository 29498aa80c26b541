package dev.urakata.shared.purchasing;

import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
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
        long version) {

    /**
     * One order line.
     *
     * @param lineNumber       1-based line number
     * @param itemId           what is bought
     * @param warehouseId      where it is delivered
     * @param quantity         ordered quantity
     * @param unitCost         agreed cost per unit
     * @param receivedQuantity quantity received so far
     */
    public record Line(
            int lineNumber,
            StockItemId itemId,
            WarehouseId warehouseId,
            BigDecimal quantity,
            Money unitCost,
            BigDecimal receivedQuantity) {
    }
}
