package dev.urakata.shared.purchasing;

import org.axonframework.serialization.Revision;

/**
 * A purchase order was cancelled before it was sent.
 *
 * @param purchaseOrderId the order
 * @param reason          why
 */
@Revision("1")
public record PurchaseOrderCancelledEvent(PurchaseOrderId purchaseOrderId, String reason) {
}
