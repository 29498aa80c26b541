package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue the stock of a reservation (picking it).
 *
 * @param itemId the stock item
 * @param reservationId the reservation
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param reference what the movement is for (an order, a delivery note)
 */
public record IssueReservedStockCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        String reservationId,
        String movementId,
        String reference) {
}
