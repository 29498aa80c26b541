package dev.urakata.shared.purchasing;

import java.util.List;

/**
 * A page of purchase orders.
 *
 * @param items the orders on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of orders matching the filter
 */
public record PurchaseOrderPage(List<PurchaseOrderSummary> items, int page, int size, long total) {
    public PurchaseOrderPage {
        items = List.copyOf(items);
    }
}
