package dev.urakata.shared.inventory;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Stock was set aside; it is no longer available but still on hand.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param reservationId the reservation
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param reference what the movement is for (an order, a delivery note)
 * @param reservedAfter quantity reserved in the warehouse after this
 */
@Revision("1")
public record StockReservedEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        String reservationId,
        BigDecimal quantity,
        String reference,
        BigDecimal reservedAfter) {
}
