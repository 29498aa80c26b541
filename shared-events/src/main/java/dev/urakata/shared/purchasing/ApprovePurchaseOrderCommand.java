package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approve a drafted purchase order. The approver is the authenticated user sending the command, who must not
 * be the user who drafted it (unless the reorder saga drafted it).
 *
 * @param purchaseOrderId the order
 */
public record ApprovePurchaseOrderCommand(@TargetAggregateIdentifier PurchaseOrderId purchaseOrderId) {
}
