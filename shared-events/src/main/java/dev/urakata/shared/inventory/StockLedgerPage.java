package dev.urakata.shared.inventory;

import java.util.List;

/**
 * A page of the stock ledger.
 *
 * @param items the movements, oldest first
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of movements matching
 */
public record StockLedgerPage(List<StockLedgerEntry> items, int page, int size, long total) {
    public StockLedgerPage {
        items = List.copyOf(items);
    }
}
