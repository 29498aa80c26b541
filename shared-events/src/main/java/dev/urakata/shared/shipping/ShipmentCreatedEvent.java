package dev.urakata.shared.shipping;

import dev.urakata.shared.inventory.WarehouseId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A shipment was created. The first event of every shipment; starts the shipment saga.
 *
 * @param shipmentId     the shipment
 * @param orderReference the customer order it ships
 * @param warehouseId    the warehouse it ships from
 * @param lines          what it ships
 */
@Revision("1")
public record ShipmentCreatedEvent(
        ShipmentId shipmentId,
        String orderReference,
        WarehouseId warehouseId,
        List<ShipmentLine> lines) {

    public ShipmentCreatedEvent {
        lines = List.copyOf(lines);
    }
}
