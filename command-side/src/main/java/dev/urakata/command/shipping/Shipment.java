package dev.urakata.command.shipping;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.shipping.CancelShipmentCommand;
import dev.urakata.shared.shipping.CreateShipmentCommand;
import dev.urakata.shared.shipping.DeliverShipmentCommand;
import dev.urakata.shared.shipping.MarkShipmentPickFailedCommand;
import dev.urakata.shared.shipping.MarkShipmentPickedCommand;
import dev.urakata.shared.shipping.MarkShipmentReservationFailedCommand;
import dev.urakata.shared.shipping.MarkShipmentReservedCommand;
import dev.urakata.shared.shipping.PickShipmentCommand;
import dev.urakata.shared.shipping.ShipShipmentCommand;
import dev.urakata.shared.shipping.ShipmentCancelledEvent;
import dev.urakata.shared.shipping.ShipmentCreatedEvent;
import dev.urakata.shared.shipping.ShipmentDeliveredEvent;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentLine;
import dev.urakata.shared.shipping.ShipmentPickFailedEvent;
import dev.urakata.shared.shipping.ShipmentPickRequestedEvent;
import dev.urakata.shared.shipping.ShipmentPickedEvent;
import dev.urakata.shared.shipping.ShipmentReservationFailedEvent;
import dev.urakata.shared.shipping.ShipmentReservedEvent;
import dev.urakata.shared.shipping.ShipmentShippedEvent;
import dev.urakata.shared.shipping.ShipmentStatus;
import dev.urakata.shared.shipping.ShippingErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One shipment for a customer order. It decides which step may happen when; the {@link ShipmentSaga} talks to
 * stock (reserve, issue, release) and reports back with the {@code Mark...} commands.
 *
 * <p>The saga's reports are idempotent where a retry is plausible (marking reserved or picked twice is a no-op);
 * a report that no longer fits (the shipment was cancelled meanwhile) is refused, which tells the saga to undo.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Shipment {

    private static final int MAX_QUANTITY_DECIMALS = 3;
    /** Picking issues stock; cancelling then would race the saga, so a shipment being picked waits for the outcome. */
    private static final Set<ShipmentStatus> CANCELLABLE = EnumSet.of(ShipmentStatus.CREATED, ShipmentStatus.RESERVED,
            ShipmentStatus.RESERVATION_FAILED, ShipmentStatus.PICKED);

    @AggregateIdentifier
    private ShipmentId shipmentId;
    private ShipmentStatus status;

    Shipment() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Shipment(CreateShipmentCommand command) {
        require(command.shipmentId() != null, "shipmentId is required");
        require(command.orderReference() != null && !command.orderReference().isBlank(), "orderReference is required");
        require(command.warehouseId() != null, "warehouseId is required");
        require(command.lines() != null && !command.lines().isEmpty(), "a shipment needs at least one line");
        Set<Integer> numbers = new HashSet<>();
        for (ShipmentLine line : command.lines()) {
            require(line != null, "a line is missing");
            require(line.lineNumber() >= 1, "line numbers start at 1");
            require(numbers.add(line.lineNumber()), "line number " + line.lineNumber() + " appears twice");
            require(line.itemId() != null, "line " + line.lineNumber() + " needs an itemId");
            BigDecimal quantity = line.quantity();
            require(quantity != null && quantity.signum() > 0,
                    "line " + line.lineNumber() + " needs a positive quantity");
            require(quantity.stripTrailingZeros().scale() <= MAX_QUANTITY_DECIMALS,
                    "line " + line.lineNumber() + ": a quantity has at most " + MAX_QUANTITY_DECIMALS + " decimals");
        }
        List<ShipmentLine> sorted = command.lines().stream()
                .sorted((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber())).toList();
        apply(new ShipmentCreatedEvent(command.shipmentId(), command.orderReference().trim(), command.warehouseId(),
                sorted));
    }

    @CommandHandler
    void handle(MarkShipmentReservedCommand command) {
        if (status == ShipmentStatus.RESERVED) {
            return;
        }
        requireStatus("marked reserved", ShipmentStatus.CREATED);
        apply(new ShipmentReservedEvent(shipmentId));
    }

    @CommandHandler
    void handle(MarkShipmentReservationFailedCommand command) {
        if (status == ShipmentStatus.RESERVATION_FAILED) {
            return;
        }
        requireStatus("marked as failed to reserve", ShipmentStatus.CREATED);
        apply(new ShipmentReservationFailedEvent(shipmentId, command.reason()));
    }

    @CommandHandler
    void handle(PickShipmentCommand command) {
        requireStatus("picked", ShipmentStatus.RESERVED);
        apply(new ShipmentPickRequestedEvent(shipmentId));
    }

    @CommandHandler
    void handle(MarkShipmentPickedCommand command) {
        if (status == ShipmentStatus.PICKED) {
            return;
        }
        requireStatus("marked picked", ShipmentStatus.PICKING);
        apply(new ShipmentPickedEvent(shipmentId));
    }

    @CommandHandler
    void handle(MarkShipmentPickFailedCommand command) {
        requireStatus("marked as failed to pick", ShipmentStatus.PICKING);
        apply(new ShipmentPickFailedEvent(shipmentId, command.reason()));
    }

    @CommandHandler
    void handle(ShipShipmentCommand command) {
        require(command.carrier() != null && !command.carrier().isBlank(), "carrier is required");
        require(command.trackingNumber() != null && !command.trackingNumber().isBlank(),
                "trackingNumber is required");
        requireStatus("shipped", ShipmentStatus.PICKED);
        apply(new ShipmentShippedEvent(shipmentId, command.carrier().trim(), command.trackingNumber().trim()));
    }

    @CommandHandler
    void handle(DeliverShipmentCommand command) {
        requireStatus("delivered", ShipmentStatus.SHIPPED);
        apply(new ShipmentDeliveredEvent(shipmentId));
    }

    @CommandHandler
    void handle(CancelShipmentCommand command) {
        requireStatus("cancelled", CANCELLABLE.toArray(ShipmentStatus[]::new));
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        apply(new ShipmentCancelledEvent(shipmentId, reason, status));
    }

    @EventSourcingHandler
    void on(ShipmentCreatedEvent event) {
        shipmentId = event.shipmentId();
        status = ShipmentStatus.CREATED;
    }

    @EventSourcingHandler
    void on(ShipmentReservedEvent event) {
        status = ShipmentStatus.RESERVED;
    }

    @EventSourcingHandler
    void on(ShipmentReservationFailedEvent event) {
        status = ShipmentStatus.RESERVATION_FAILED;
    }

    @EventSourcingHandler
    void on(ShipmentPickRequestedEvent event) {
        status = ShipmentStatus.PICKING;
    }

    @EventSourcingHandler
    void on(ShipmentPickedEvent event) {
        status = ShipmentStatus.PICKED;
    }

    @EventSourcingHandler
    void on(ShipmentPickFailedEvent event) {
        status = ShipmentStatus.RESERVED;
    }

    @EventSourcingHandler
    void on(ShipmentShippedEvent event) {
        status = ShipmentStatus.SHIPPED;
    }

    @EventSourcingHandler
    void on(ShipmentDeliveredEvent event) {
        status = ShipmentStatus.DELIVERED;
    }

    @EventSourcingHandler
    void on(ShipmentCancelledEvent event) {
        status = ShipmentStatus.CANCELLED;
    }

    private void requireStatus(String action, ShipmentStatus... allowed) {
        for (ShipmentStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException(ShippingErrors.SHIPMENT_STATUS_CONFLICT,
                "Shipment " + shipmentId + " is " + status + " and cannot be " + action);
    }
}
