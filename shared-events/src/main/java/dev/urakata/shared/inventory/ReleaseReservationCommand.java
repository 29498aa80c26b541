package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give reserved stock back to available stock.
 *
 * @param itemId the stock item
 * @param reservationId the reservation
 * @param reason why it is released
 */
public record ReleaseReservationCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        String reservationId,
        String reason) {
}
