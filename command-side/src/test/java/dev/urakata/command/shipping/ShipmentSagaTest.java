package dev.urakata.command.shipping;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
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
import dev.urakata.shared.shipping.ShipmentPickedEvent;
import dev.urakata.shared.shipping.ShipmentReservationFailedEvent;
import dev.urakata.shared.shipping.ShipmentReservedEvent;
import dev.urakata.shared.shipping.ShipmentShippedEvent;
import dev.urakata.shared.shipping.ShipmentStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The shipment saga: reserve all or nothing, issue on picking, release on cancellation, end when done. */
class ShipmentSagaTest {

    static final ShipmentId ID = new ShipmentId("shp-1");
    static final String AGGREGATE = ID.value();
    static final WarehouseId OSAKA = new WarehouseId("osaka");
    static final StockItemId BOLTS = new StockItemId("bolts");
    static final StockItemId NUTS = new StockItemId("nuts");
    static final StockItemId WASHERS = new StockItemId("washers");
    static final String REFERENCE = "Shipment shp-1 for SO-100";

    private SagaTestFixture<ShipmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ShipmentSaga.class);
    }

    static ShipmentCreatedEvent created() {
        return new ShipmentCreatedEvent(ID, "SO-100", OSAKA, List.of(
                new ShipmentLine(1, BOLTS, new BigDecimal("10")),
                new ShipmentLine(2, NUTS, new BigDecimal("0.5")),
                new ShipmentLine(3, WASHERS, new BigDecimal("4"))));
    }

    static ReserveStockCommand reserve(StockItemId item, int line, String quantity) {
        return new ReserveStockCommand(item, OSAKA, "shp-1-" + line, new BigDecimal(quantity), REFERENCE);
    }

    static IssueReservedStockCommand issue(StockItemId item, int line) {
        return new IssueReservedStockCommand(item, "shp-1-" + line, "shp-1-" + line + "-pick", REFERENCE);
    }

    /** Refuses the given command the way the stock aggregate would. */
    void refuse(Object refused, String detail) {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload.equals(refused)) {
                throw new DomainException(CommonErrors.BUSINESS_RULE_VIOLATED, detail);
            }
            return null;
        });
    }

    @Test
    void reservesEveryLineThenMarksTheShipmentReserved() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(created())
                .expectActiveSagas(1)
                .expectAssociationWith(ShipmentSaga.SHIPMENT_ID, ID)
                .expectDispatchedCommands(reserve(BOLTS, 1, "10"), reserve(NUTS, 2, "0.5"),
                        reserve(WASHERS, 3, "4"), new MarkShipmentReservedCommand(ID));
    }

    @Test
    void pickingIssuesEveryReservationThenMarksTheShipmentPicked() {
        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID))
                .whenAggregate(AGGREGATE).publishes(new ShipmentPickRequestedEvent(ID))
                .expectActiveSagas(1)
                .expectDispatchedCommands(issue(BOLTS, 1), issue(NUTS, 2), issue(WASHERS, 3),
                        new MarkShipmentPickedCommand(ID));
    }

    @Test
    void aFailingReservationReleasesTheEarlierOnesAndReportsTheFailure() {
        refuse(reserve(NUTS, 2, "0.5"), "only 0.2 available");

        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(created())
                .expectDispatchedCommands(reserve(BOLTS, 1, "10"), reserve(NUTS, 2, "0.5"),
                        new ReleaseReservationCommand(BOLTS, "shp-1-1",
                                "Reservation of shp-1-2 failed: BUSINESS_RULE_VIOLATED: only 0.2 available"),
                        new MarkShipmentReservationFailedCommand(ID,
                                "Line shp-1-2: BUSINESS_RULE_VIOLATED: only 0.2 available"));
    }

    @Test
    void theSagaEndsWhenTheReservationFailureIsRecorded() {
        refuse(reserve(BOLTS, 1, "10"), "unknown item");

        fixture.givenAggregate(AGGREGATE).published(created())
                .whenAggregate(AGGREGATE).publishes(new ShipmentReservationFailedEvent(ID, "Line shp-1-1: unknown"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aFailedIssueSendsTheShipmentBackToReserved() {
        refuse(issue(NUTS, 2), "count mismatch");

        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID))
                .whenAggregate(AGGREGATE).publishes(new ShipmentPickRequestedEvent(ID))
                .expectActiveSagas(1)
                .expectDispatchedCommands(issue(BOLTS, 1), issue(NUTS, 2),
                        new MarkShipmentPickFailedCommand(ID, "Line shp-1-2: BUSINESS_RULE_VIOLATED: count mismatch"));
    }

    @Test
    void cancellingAReservedShipmentReleasesEveryReservationAndEndsTheSaga() {
        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID))
                .whenAggregate(AGGREGATE).publishes(new ShipmentCancelledEvent(ID, "customer withdrew",
                        ShipmentStatus.RESERVED))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(BOLTS, "shp-1-1", "Shipment cancelled: customer withdrew"),
                        new ReleaseReservationCommand(NUTS, "shp-1-2", "Shipment cancelled: customer withdrew"),
                        new ReleaseReservationCommand(WASHERS, "shp-1-3", "Shipment cancelled: customer withdrew"));
    }

    @Test
    void aCancellationThatRacedTheReservationStillReleasesEverything() {
        // The shipment was cancelled while the saga reserved, so marking it reserved is refused.
        refuse(new MarkShipmentReservedCommand(ID), "Shipment shp-1 is CANCELLED");

        fixture.givenAggregate(AGGREGATE).published(created())
                .whenAggregate(AGGREGATE).publishes(new ShipmentCancelledEvent(ID, null, ShipmentStatus.CREATED))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(BOLTS, "shp-1-1", "Shipment cancelled"),
                        new ReleaseReservationCommand(NUTS, "shp-1-2", "Shipment cancelled"),
                        new ReleaseReservationCommand(WASHERS, "shp-1-3", "Shipment cancelled"));
    }

    @Test
    void aReleaseThatFailsDoesNotStopTheOthers() {
        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID));
        refuse(new ReleaseReservationCommand(BOLTS, "shp-1-1", "Shipment cancelled"), "already released");

        fixture.whenAggregate(AGGREGATE).publishes(new ShipmentCancelledEvent(ID, null, ShipmentStatus.RESERVED))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(BOLTS, "shp-1-1", "Shipment cancelled"),
                        new ReleaseReservationCommand(NUTS, "shp-1-2", "Shipment cancelled"),
                        new ReleaseReservationCommand(WASHERS, "shp-1-3", "Shipment cancelled"));
    }

    @Test
    void cancellingAPickedShipmentReleasesNothingBecauseTheStockHasLeft() {
        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID),
                        new ShipmentPickRequestedEvent(ID), new ShipmentPickedEvent(ID))
                .whenAggregate(AGGREGATE).publishes(new ShipmentCancelledEvent(ID, null, ShipmentStatus.PICKED))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theSagaEndsOnDelivery() {
        fixture.givenAggregate(AGGREGATE).published(created(), new ShipmentReservedEvent(ID),
                        new ShipmentPickRequestedEvent(ID), new ShipmentPickedEvent(ID),
                        new ShipmentShippedEvent(ID, "Yamato", "1234"))
                .whenAggregate(AGGREGATE).publishes(new ShipmentDeliveredEvent(ID))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theSagaStateSurvivesTheJacksonSagaStore() {
        // The saga store serializes the saga with Jackson between events; what it holds must come back intact.
        CommandGateway gateway = mock(CommandGateway.class);
        ShipmentSaga saga = new ShipmentSaga();
        saga.on(created(), gateway);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        ShipmentSaga restored = serializer.deserialize(serializer.serialize(saga, byte[].class));

        CommandGateway afterRestart = mock(CommandGateway.class);
        restored.on(new ShipmentCancelledEvent(ID, null, ShipmentStatus.RESERVED), afterRestart);

        verify(afterRestart).sendAndWait(new ReleaseReservationCommand(BOLTS, "shp-1-1", "Shipment cancelled"));
        verify(afterRestart).sendAndWait(new ReleaseReservationCommand(NUTS, "shp-1-2", "Shipment cancelled"));
        verify(afterRestart).sendAndWait(new ReleaseReservationCommand(WASHERS, "shp-1-3", "Shipment cancelled"));
    }
}
