package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a fully received purchase order.
 *
 * @param purchaseOrderId the order
 */
public record ClosePurchaseOrderCommand(@TargetAggregateIdentifier PurchaseOrderId purchaseOrderId) {
}
