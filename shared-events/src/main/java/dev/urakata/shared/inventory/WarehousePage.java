package dev.urakata.shared.inventory;

import java.util.List;

/**
 * A page of warehouses.
 *
 * @param items the warehouses
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of warehouses
 */
public record WarehousePage(List<WarehouseSummary> items, int page, int size, long total) {
    public WarehousePage {
        items = List.copyOf(items);
    }
}
