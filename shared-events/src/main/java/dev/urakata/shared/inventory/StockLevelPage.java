package dev.urakata.shared.inventory;

import java.util.List;

/**
 * A page of stock levels.
 *
 * @param items the levels, by SKU and warehouse
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of levels matching
 */
public record StockLevelPage(List<StockLevel> items, int page, int size, long total) {
    public StockLevelPage {
        items = List.copyOf(items);
    }
}
