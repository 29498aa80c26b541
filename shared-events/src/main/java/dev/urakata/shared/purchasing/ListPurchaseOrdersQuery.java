package dev.urakata.shared.purchasing;

/**
 * Ask for a page of purchase orders, newest first; answered with a {@link PurchaseOrderPage}.
 *
 * @param status only orders in this status; {@code null} means any
 * @param page   page number from 0
 * @param size   page size
 */
public record ListPurchaseOrdersQuery(PurchaseOrderStatus status, int page, int size) {
}
