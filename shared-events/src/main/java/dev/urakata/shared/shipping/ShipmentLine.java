package dev.urakata.shared.shipping;

import dev.urakata.shared.inventory.StockItemId;

import java.math.BigDecimal;

/**
 * One line of a shipment.
 *
 * @param lineNumber 1-based line number
 * @param itemId     what is shipped
 * @param quantity   how much, in the item's unit of measure (positive, at most 3 decimals)
 */
public record ShipmentLine(int lineNumber, StockItemId itemId, BigDecimal quantity) {
}
