package dev.urakata.shared.purchasing;

import org.axonframework.serialization.Revision;

/**
 * A fully received purchase order was closed; nothing more is expected.
 *
 * @param purchaseOrderId the order
 */
@Revision("1")
public record PurchaseOrderClosedEvent(PurchaseOrderId purchaseOrderId) {
}
