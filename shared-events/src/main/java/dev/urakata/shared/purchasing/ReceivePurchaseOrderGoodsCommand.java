package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record goods that arrived against a sent purchase order.
 *
 * @param purchaseOrderId the order
 * @param receiptId       the caller-chosen id of this receipt (a delivery note); a receipt already applied is
 *                        recognised and not applied twice
 * @param lines           what arrived, at most once per order line
 */
public record ReceivePurchaseOrderGoodsCommand(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        String receiptId,
        List<ReceivedLine> lines) {
}
