package dev.urakata.shared.purchasing;

import java.util.List;

/**
 * A page of suppliers.
 *
 * @param items the suppliers on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of suppliers
 */
public record SupplierPage(List<SupplierSummary> items, int page, int size, long total) {
    public SupplierPage {
        items = List.copyOf(items);
    }
}
