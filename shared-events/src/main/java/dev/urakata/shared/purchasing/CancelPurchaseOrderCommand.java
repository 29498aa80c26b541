package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a purchase order that has not been sent yet.
 *
 * @param purchaseOrderId the order
 * @param reason          why
 */
public record CancelPurchaseOrderCommand(@TargetAggregateIdentifier PurchaseOrderId purchaseOrderId, String reason) {
}
