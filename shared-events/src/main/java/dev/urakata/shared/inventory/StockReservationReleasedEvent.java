package dev.urakata.shared.inventory;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A reservation was released without issuing stock.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param reservationId the reservation
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param reason why
 * @param reservedAfter quantity reserved in the warehouse after this
 */
@Revision("1")
public record StockReservationReleasedEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        String reservationId,
        BigDecimal quantity,
        String reason,
        BigDecimal reservedAfter) {
}
