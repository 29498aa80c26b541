package dev.urakata.command.shipping;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.web.Refusals;
import dev.urakata.shared.inventory.IssueReservedStockCommand;
import dev.urakata.shared.inventory.ReleaseReservationCommand;
import dev.urakata.shared.inventory.ReserveStockCommand;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.shipping.MarkShipmentPickFailedCommand;
import dev.urakata.shared.shipping.MarkShipmentPickedCommand;
import dev.urakata.shared.shipping.MarkShipmentReservationFailedCommand;
import dev.urakata.shared.shipping.MarkShipmentReservedCommand;
import dev.urakata.shared.shipping.ShipmentCancelledEvent;
import dev.urakata.shared.shipping.ShipmentCreatedEvent;
import dev.urakata.shared.shipping.ShipmentDeliveredEvent;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentLine;
import dev.urakata.shared.shipping.ShipmentPickRequestedEvent;
import dev.urakata.shared.shipping.ShipmentReservationFailedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the stock of one shipment: reserves every line when the shipment is created (all or nothing), issues the
 * reservations when picking is requested, and releases them when the shipment is cancelled before picking. The
 * {@link Shipment} aggregate decides; this saga only orchestrates and reports back with {@code Mark...} commands.
 *
 * <p>Reservation and movement ids are derived from the shipment and line ({@code shipmentId-lineNumber},
 * {@code reservationId-pick}), so a redelivered event asks stock for the same ids again rather than new ones.
 * Commands are sent and awaited one by one: the saga has to know which reservations it holds before it can
 * undo them. Fields are opened to Jackson because the saga store serializes the saga itself.
 */
@Saga
@SnapshotFields
public class ShipmentSaga {

    /** The association key: every shipment event carries it. */
    public static final String SHIPMENT_ID = "shipmentId";

    private static final Logger log = LoggerFactory.getLogger(ShipmentSaga.class);

    private ShipmentId shipmentId;
    private WarehouseId warehouseId;
    private String reference;
    private List<Reservation> reservations = new ArrayList<>();
    /** Every line's stock is reserved (and not yet given back). */
    private boolean reserved;
    /** The reserved stock left the warehouse; nothing is left to release. */
    private boolean issued;

    public ShipmentSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = SHIPMENT_ID)
    void on(ShipmentCreatedEvent event, CommandGateway commands) {
        shipmentId = event.shipmentId();
        warehouseId = event.warehouseId();
        reference = "Shipment " + event.shipmentId() + " for " + event.orderReference();
        reservations = new ArrayList<>();
        for (ShipmentLine line : event.lines()) {
            reservations.add(new Reservation(reservationId(event.shipmentId(), line.lineNumber()), line.itemId(),
                    line.quantity()));
        }
        List<Reservation> held = new ArrayList<>();
        for (Reservation reservation : reservations) {
            try {
                commands.sendAndWait(new ReserveStockCommand(reservation.itemId(), warehouseId,
                        reservation.reservationId(), reservation.quantity(), reference));
                held.add(reservation);
            } catch (RuntimeException e) {
                String reason = reasonOf(e);
                release(held, commands, "Reservation of " + reservation.reservationId() + " failed: " + reason);
                report(commands, new MarkShipmentReservationFailedCommand(shipmentId,
                        "Line " + reservation.reservationId() + ": " + reason));
                return;
            }
        }
        reserved = true;
        // If this is refused the shipment was cancelled meanwhile; its cancellation event releases what is held.
        report(commands, new MarkShipmentReservedCommand(shipmentId));
    }

    @SagaEventHandler(associationProperty = SHIPMENT_ID)
    void on(ShipmentPickRequestedEvent event, CommandGateway commands) {
        for (Reservation reservation : reservations) {
            try {
                commands.sendAndWait(new IssueReservedStockCommand(reservation.itemId(), reservation.reservationId(),
                        pickMovementId(reservation.reservationId()), reference));
            } catch (RuntimeException e) {
                report(commands, new MarkShipmentPickFailedCommand(shipmentId,
                        "Line " + reservation.reservationId() + ": " + reasonOf(e)));
                return;
            }
        }
        issued = true;
        report(commands, new MarkShipmentPickedCommand(shipmentId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = SHIPMENT_ID)
    void on(ShipmentCancelledEvent event, CommandGateway commands) {
        if (reserved && !issued) {
            release(reservations, commands, event.reason() == null ? "Shipment cancelled"
                    : "Shipment cancelled: " + event.reason());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = SHIPMENT_ID)
    void on(ShipmentDeliveredEvent event) {
        // Nothing left to orchestrate.
    }

    @EndSaga
    @SagaEventHandler(associationProperty = SHIPMENT_ID)
    void on(ShipmentReservationFailedEvent event) {
        // Whatever was reserved was released before the failure was reported.
    }

    /** The reservation id of a shipment line, as stock knows it. */
    static String reservationId(ShipmentId shipmentId, int lineNumber) {
        return shipmentId + "-" + lineNumber;
    }

    /** The movement id of issuing a reservation at picking. */
    static String pickMovementId(String reservationId) {
        return reservationId + "-pick";
    }

    private void release(List<Reservation> toRelease, CommandGateway commands, String reason) {
        for (Reservation reservation : toRelease) {
            try {
                commands.sendAndWait(new ReleaseReservationCommand(reservation.itemId(), reservation.reservationId(),
                        reason));
            } catch (RuntimeException e) {
                // Keep releasing the others; a reservation already released or issued is not ours to give back.
                log.warn("Could not release reservation {} of shipment {}: {}", reservation.reservationId(),
                        shipmentId, reasonOf(e));
            }
        }
        reserved = false;
    }

    private void report(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            log.warn("Shipment {} refused {}: {}", shipmentId, command.getClass().getSimpleName(), reasonOf(e));
            if (command instanceof MarkShipmentReservationFailedCommand) {
                // Nothing is held any more and the shipment no longer waits for us (it was cancelled).
                SagaLifecycle.end();
            }
        }
    }

    private static String reasonOf(RuntimeException e) {
        return Refusals.of(e).map(details -> details.code() + ": " + details.detail())
                .orElseGet(() -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    /**
     * One line's reservation.
     *
     * @param reservationId the reservation id, derived from the shipment and line
     * @param itemId        the stock item
     * @param quantity      the quantity reserved
     */
    record Reservation(String reservationId, StockItemId itemId, BigDecimal quantity) {
    }
}
