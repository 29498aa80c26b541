package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one warehouse held of one item at an instant.
 *
 * @param itemId         the item
 * @param warehouseId    the warehouse
 * @param onHand         quantity on hand then
 * @param value          its value then
 * @param lastMovementAt when the last movement up to that instant was recorded
 */
public record StockPosition(StockItemId itemId, WarehouseId warehouseId, BigDecimal onHand, Money value,
                            Instant lastMovementAt) {
}
