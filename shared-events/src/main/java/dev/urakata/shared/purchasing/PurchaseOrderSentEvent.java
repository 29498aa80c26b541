package dev.urakata.shared.purchasing;

import org.axonframework.serialization.Revision;

/**
 * A purchase order was sent to the supplier; from now on goods may be received against it.
 *
 * @param purchaseOrderId the order
 */
@Revision("1")
public record PurchaseOrderSentEvent(PurchaseOrderId purchaseOrderId) {
}
