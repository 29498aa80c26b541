package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * The stock of one item in one warehouse now.
 *
 * @param itemId            the item
 * @param sku               its SKU
 * @param name              its description
 * @param unitOfMeasure     the unit of the quantities
 * @param warehouseId       the warehouse
 * @param onHand            quantity physically there
 * @param reserved          part of it set aside for orders
 * @param available         on hand minus reserved
 * @param inTransit         quantity dispatched to this warehouse by transfers not yet received
 * @param value             value on hand, exact
 * @param averageUnitCost   moving-average unit cost (value / on hand, half-even), or {@code null} when empty
 * @param reorderLevel      the reorder level, or {@code null} without a policy
 * @param belowReorderLevel whether a shortage is open
 */
public record StockLevel(
        StockItemId itemId,
        String sku,
        String name,
        String unitOfMeasure,
        WarehouseId warehouseId,
        BigDecimal onHand,
        BigDecimal reserved,
        BigDecimal available,
        BigDecimal inTransit,
        Money value,
        Money averageUnitCost,
        BigDecimal reorderLevel,
        boolean belowReorderLevel) {
}
