package dev.urakata.command.shipping;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.shipping.CancelShipmentCommand;
import dev.urakata.shared.shipping.CreateShipmentCommand;
import dev.urakata.shared.shipping.DeliverShipmentCommand;
import dev.urakata.shared.shipping.PickShipmentCommand;
import dev.urakata.shared.shipping.ShipShipmentCommand;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shipping decisions: create, pick, ship, deliver and cancel shipments. Stock is reserved and issued by the
 * shipment saga, so creating and picking answer before stock has moved; read the shipment to see the outcome.
 * Roles: ADMIN, OPERATIONS. Actions without parameters (pick, deliver) take no body.
 */
@JsonApi("/api/shipping/shipments")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS')")
@Tag(name = "Shipping commands", description = "Shipments for customer orders. Roles: ADMIN, OPERATIONS.")
class ShippingCommandController {

    private static final String BASE = "/api/shipping/shipments";

    private final Commands commands;

    ShippingCommandController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a shipment", description = "201 with the new shipment's id and Location; "
            + "its stock is then reserved (status RESERVED or RESERVATION_FAILED). 422 UNKNOWN_WAREHOUSE or "
            + "UNKNOWN_STOCK_ITEM when an id names no warehouse or item.")
    ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> create(@Valid @RequestBody ShippingCommandRequests.CreateShipment request) {
        // the shipment saga reserves stock of these items later, where nobody could be told
        commands.requireReference(request.warehouseId(), Kind.WAREHOUSE, "warehouseId");
        commands.requireReferences(request.lines().stream().map(ShippingCommandRequests.Line::itemId).toList(),
                Kind.STOCK_ITEM, "itemId");
        ShipmentId id = ShipmentId.newId();
        List<ShipmentLine> lines = new ArrayList<>();
        for (ShippingCommandRequests.Line line : request.lines()) {
            lines.add(new ShipmentLine(lines.size() + 1, line.itemId(), line.quantity()));
        }
        return commands.create(new CreateShipmentCommand(id, request.orderReference(), request.warehouseId(),
                lines),
                BASE + "/" + id, new ShippingCommandRequests.ShipmentIdResponse(id.value()));
    }

    @PostMapping("/{shipmentId}/pick")
    @Operation(summary = "Pick a reserved shipment", description = "The reserved stock is then issued "
            + "(status PICKED, or back to RESERVED if issuing failed).")
    ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> pick(@PathVariable ShipmentId shipmentId) {
        return send(shipmentId, new PickShipmentCommand(shipmentId));
    }

    @PostMapping(path = "/{shipmentId}/ship", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hand a picked shipment to a carrier")
    ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> ship(@PathVariable ShipmentId shipmentId,
                           @Valid @RequestBody ShippingCommandRequests.Ship request) {
        return send(shipmentId, new ShipShipmentCommand(shipmentId, request.carrier(), request.trackingNumber()));
    }

    @PostMapping("/{shipmentId}/deliver")
    @Operation(summary = "Record that a shipped shipment was delivered")
    ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> deliver(@PathVariable ShipmentId shipmentId) {
        return send(shipmentId, new DeliverShipmentCommand(shipmentId));
    }

    @PostMapping(path = "/{shipmentId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a shipment not yet shipped", description = "Reserved stock is released.")
    ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> cancel(@PathVariable ShipmentId shipmentId,
                             @Valid @RequestBody ShippingCommandRequests.Cancel request) {
        return send(shipmentId, new CancelShipmentCommand(shipmentId, request.reason()));
    }

    private ResponseEntity<ShippingCommandRequests.ShipmentIdResponse> send(ShipmentId shipmentId, Object command) {
        return commands.send(command, new ShippingCommandRequests.ShipmentIdResponse(shipmentId.value()));
    }
}
