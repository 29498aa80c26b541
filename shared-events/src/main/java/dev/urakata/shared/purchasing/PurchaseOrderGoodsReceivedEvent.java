package dev.urakata.shared.purchasing;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Goods arrived against a purchase order. The receipts-to-stock policy books each line into stock.
 *
 * @param purchaseOrderId the order
 * @param receiptId       the receipt (delivery note) id
 * @param lines           what arrived, with item, warehouse and unit cost
 * @param fullyReceived   whether every line of the order has now arrived in full
 */
@Revision("1")
public record PurchaseOrderGoodsReceivedEvent(
        PurchaseOrderId purchaseOrderId,
        String receiptId,
        List<ReceivedGoodsLine> lines,
        boolean fullyReceived) {

    public PurchaseOrderGoodsReceivedEvent {
        lines = List.copyOf(lines);
    }
}
