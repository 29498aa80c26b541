package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.money.Money;

/**
 * One line of the purchase-order list.
 *
 * @param purchaseOrderId the order
 * @param supplierId      the supplier
 * @param status          where it is in its life
 * @param origin          manual or reorder
 * @param lineCount       number of lines
 * @param total           sum of quantity x unit cost over all lines
 */
public record PurchaseOrderSummary(
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        PurchaseOrderStatus status,
        PurchaseOrderOrigin origin,
        int lineCount,
        Money total) {
}
