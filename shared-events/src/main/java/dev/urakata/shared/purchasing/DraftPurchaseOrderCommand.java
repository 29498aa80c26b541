package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Draft a purchase order; it must be approved before it is sent.
 *
 * @param purchaseOrderId the new order
 * @param supplierId the supplier
 * @param lines the lines, at least one
 * @param origin why it was drafted: {@code MANUAL}, or {@code REORDER} when the reorder saga proposed it
 * @param department the department the goods are for (its budget carries their cost); optional
 */
public record DraftPurchaseOrderCommand(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        List<PurchaseOrderLine> lines,
        String origin,
        String department) {

    /** An order for no particular department. */
    public DraftPurchaseOrderCommand(PurchaseOrderId purchaseOrderId, SupplierId supplierId,
                                     List<PurchaseOrderLine> lines, String origin) {
        this(purchaseOrderId, supplierId, lines, origin, null);
    }
}
