package dev.urakata.shared.shipping;

import dev.urakata.shared.inventory.WarehouseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Create a shipment for a customer order; the shipment saga then reserves its stock.
 *
 * @param shipmentId     the new shipment's id, chosen by the caller (the HTTP API generates one)
 * @param orderReference the customer order it ships
 * @param warehouseId    the warehouse it ships from
 * @param lines          what it ships, at least one line
 */
public record CreateShipmentCommand(
        @TargetAggregateIdentifier ShipmentId shipmentId,
        String orderReference,
        WarehouseId warehouseId,
        List<ShipmentLine> lines) {
}
