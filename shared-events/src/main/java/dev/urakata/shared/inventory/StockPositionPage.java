package dev.urakata.shared.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A page of stock positions at an instant.
 *
 * @param asOf  the instant
 * @param items the positions, by item and warehouse
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of positions
 */
public record StockPositionPage(Instant asOf, List<StockPosition> items, int page, int size, long total) {
    public StockPositionPage {
        items = List.copyOf(items);
    }
}
