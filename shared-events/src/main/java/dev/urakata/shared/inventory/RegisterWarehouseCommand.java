package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a warehouse.
 *
 * @param warehouseId the new warehouse
 * @param code short unique code, for example {@code TYO-1}
 * @param name display name
 */
public record RegisterWarehouseCommand(
        @TargetAggregateIdentifier WarehouseId warehouseId,
        String code,
        String name) {
}
