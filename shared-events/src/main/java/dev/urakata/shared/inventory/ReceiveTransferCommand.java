package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Receive a transfer at its destination.
 *
 * @param itemId the stock item
 * @param transferId the caller-chosen id of the transfer
 */
public record ReceiveTransferCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        String transferId) {
}
