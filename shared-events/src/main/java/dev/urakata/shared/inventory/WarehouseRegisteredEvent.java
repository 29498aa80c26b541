package dev.urakata.shared.inventory;

import org.axonframework.serialization.Revision;

/**
 * A warehouse was registered.
 *
 * @param warehouseId the warehouse
 * @param code short code
 * @param name display name
 */
@Revision("1")
public record WarehouseRegisteredEvent(
        WarehouseId warehouseId,
        String code,
        String name) {
}
