package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Draft a purchase order; it must be approved before it is sent.
 *
 * @param purchaseOrderId the new order
 * @param supplierId the supplier
 * @param lines the lines, at least one
 * @param origin why it was drafted: {@code MANUAL}, or {@code REORDER} when the reorder saga proposed it
 */
public record DraftPurchaseOrderCommand(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        List<PurchaseOrderLine> lines,
        String origin) {
}
