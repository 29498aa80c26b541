package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that an approved purchase order was sent to the supplier.
 *
 * @param purchaseOrderId the order
 */
public record SendPurchaseOrderCommand(@TargetAggregateIdentifier PurchaseOrderId purchaseOrderId) {
}
