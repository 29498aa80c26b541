package dev.urakata.shared.inventory;

import java.util.List;

/**
 * A page of stock items.
 *
 * @param items the items
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of items matching
 */
public record StockItemPage(List<StockItemSummary> items, int page, int size, long total) {
    public StockItemPage {
        items = List.copyOf(items);
    }
}
