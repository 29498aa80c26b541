package dev.urakata.shared.shipping;

import java.util.List;

/**
 * A page of shipments.
 *
 * @param items the shipments on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of shipments matching the filter
 */
public record ShipmentPage(List<ShipmentSummary> items, int page, int size, long total) {
    public ShipmentPage {
        items = List.copyOf(items);
    }
}
