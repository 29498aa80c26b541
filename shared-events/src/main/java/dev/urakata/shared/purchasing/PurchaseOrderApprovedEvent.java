package dev.urakata.shared.purchasing;

import org.axonframework.serialization.Revision;

/**
 * A purchase order was approved and may be sent.
 *
 * @param purchaseOrderId the order
 * @param approvedBy      the user who approved it
 */
@Revision("1")
public record PurchaseOrderApprovedEvent(PurchaseOrderId purchaseOrderId, String approvedBy) {
}
