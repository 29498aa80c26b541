package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Send stock from one warehouse to another.
 *
 * @param itemId the stock item
 * @param transferId the caller-chosen id of the transfer
 * @param fromWarehouseId where it leaves
 * @param toWarehouseId where it goes
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 */
public record DispatchTransferCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        String transferId,
        WarehouseId fromWarehouseId,
        WarehouseId toWarehouseId,
        BigDecimal quantity) {
}
