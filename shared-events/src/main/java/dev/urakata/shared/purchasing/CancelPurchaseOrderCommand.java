package dev.urakata.shared.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a purchase order that has not been sent yet.
 *
 * @param purchaseOrderId the order
 * @param reason          why
 * @param onlyIfDraft     withdraw a proposal: cancel only while nobody has approved it, and do nothing otherwise
 */
public record CancelPurchaseOrderCommand(@TargetAggregateIdentifier PurchaseOrderId purchaseOrderId, String reason,
                                         boolean onlyIfDraft) {

    /** A buyer's cancellation: of a draft or of an approved order. */
    public CancelPurchaseOrderCommand(PurchaseOrderId purchaseOrderId, String reason) {
        this(purchaseOrderId, reason, false);
    }
}
