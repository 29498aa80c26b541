package dev.urakata.shared.inventory;

import java.time.Instant;

/**
 * Ask what was on hand, and its value, at a past instant, as replayed from the stock ledger; answered with a
 * {@link StockPositionPage}.
 *
 * @param asOf        the instant (movements recorded at or before it count)
 * @param itemId      one item, or {@code null} for all
 * @param warehouseId one warehouse, or {@code null} for all
 * @param page        page number from 0
 * @param size        page size
 */
public record StockPositionsAsOfQuery(Instant asOf, StockItemId itemId, WarehouseId warehouseId, int page,
                                      int size) {
}
