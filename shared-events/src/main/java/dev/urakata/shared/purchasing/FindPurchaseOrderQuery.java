package dev.urakata.shared.purchasing;

/**
 * Ask for one purchase order; answered with a {@link PurchaseOrderDetails} or {@code null}.
 *
 * @param purchaseOrderId the order
 */
public record FindPurchaseOrderQuery(PurchaseOrderId purchaseOrderId) {
}
