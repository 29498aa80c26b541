package dev.urakata.command.shipping;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the Shipment aggregate, accepted and refused. */
class ShipmentTest {

    static final ShipmentId ID = new ShipmentId("shp-1");
    static final WarehouseId OSAKA = new WarehouseId("osaka");
    static final ShipmentLine LINE_1 = new ShipmentLine(1, new StockItemId("bolts"), new BigDecimal("10"));
    static final ShipmentLine LINE_2 = new ShipmentLine(2, new StockItemId("nuts"), new BigDecimal("0.5"));

    private AggregateTestFixture<Shipment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shipment.class);
    }

    static ShipmentCreatedEvent created() {
        return new ShipmentCreatedEvent(ID, "SO-100", OSAKA, List.of(LINE_1, LINE_2));
    }

    static Object[] reserved() {
        return new Object[]{created(), new ShipmentReservedEvent(ID)};
    }

    static Object[] picked() {
        return new Object[]{created(), new ShipmentReservedEvent(ID), new ShipmentPickRequestedEvent(ID),
                new ShipmentPickedEvent(ID)};
    }

    @Nested
    class Creating {
        @Test
        void createsWithLinesInLineOrder() {
            fixture.givenNoPriorActivity()
                    .when(new CreateShipmentCommand(ID, " SO-100 ", OSAKA, List.of(LINE_2, LINE_1)))
                    .expectEvents(created());
        }

        @Test
        void refusesNoLinesBadQuantitiesDuplicateLinesAndMissingFields() {
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, "SO-100", OSAKA, List.of()))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, "SO-100", OSAKA,
                            List.of(new ShipmentLine(1, LINE_1.itemId(), new BigDecimal("0.0001")))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, "SO-100", OSAKA,
                            List.of(new ShipmentLine(1, LINE_1.itemId(), BigDecimal.ZERO))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, "SO-100", OSAKA,
                            List.of(LINE_1, new ShipmentLine(1, LINE_2.itemId(), BigDecimal.ONE))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, " ", OSAKA, List.of(LINE_1)))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new CreateShipmentCommand(ID, "SO-100", null, List.of(LINE_1)))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class Reserving {
        @Test
        void marksReservedOnceAndIgnoresARepeat() {
            fixture.given(created()).when(new MarkShipmentReservedCommand(ID))
                    .expectEvents(new ShipmentReservedEvent(ID));
            fixture.given(reserved()).when(new MarkShipmentReservedCommand(ID))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void marksAFailedReservationWithItsReason() {
            fixture.given(created()).when(new MarkShipmentReservationFailedCommand(ID, "INSUFFICIENT_STOCK"))
                    .expectEvents(new ShipmentReservationFailedEvent(ID, "INSUFFICIENT_STOCK"));
        }

        @Test
        void refusesReportsThatNoLongerFit() {
            fixture.given(created(), new ShipmentCancelledEvent(ID, null, ShipmentStatus.CREATED))
                    .when(new MarkShipmentReservedCommand(ID))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(reserved())
                    .when(new MarkShipmentReservationFailedCommand(ID, "late"))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
        }
    }

    @Nested
    class Picking {
        @Test
        void picksOnlyAReservedShipment() {
            fixture.given(reserved()).when(new PickShipmentCommand(ID))
                    .expectEvents(new ShipmentPickRequestedEvent(ID));
            fixture.given(created()).when(new PickShipmentCommand(ID))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(created(), new ShipmentReservationFailedEvent(ID, "none left"))
                    .when(new PickShipmentCommand(ID))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void marksPickedOnceAndIgnoresARepeat() {
            fixture.given(reserved()).andGiven(new ShipmentPickRequestedEvent(ID))
                    .when(new MarkShipmentPickedCommand(ID))
                    .expectEvents(new ShipmentPickedEvent(ID));
            fixture.given(picked()).when(new MarkShipmentPickedCommand(ID))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(reserved()).when(new MarkShipmentPickedCommand(ID))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void aFailedPickReturnsToReservedSoItCanBeRetried() {
            fixture.given(reserved()).andGiven(new ShipmentPickRequestedEvent(ID))
                    .when(new MarkShipmentPickFailedCommand(ID, "stock count off"))
                    .expectEvents(new ShipmentPickFailedEvent(ID, "stock count off"));
            fixture.given(reserved()).andGiven(new ShipmentPickRequestedEvent(ID),
                            new ShipmentPickFailedEvent(ID, "stock count off"))
                    .when(new PickShipmentCommand(ID))
                    .expectEvents(new ShipmentPickRequestedEvent(ID));
        }
    }

    @Nested
    class ShippingAndDelivering {
        @Test
        void shipsAPickedShipmentAndDeliversAShippedOne() {
            fixture.given(picked()).when(new ShipShipmentCommand(ID, " Yamato ", " 1234-5678 "))
                    .expectEvents(new ShipmentShippedEvent(ID, "Yamato", "1234-5678"));
            fixture.given(picked()).andGiven(new ShipmentShippedEvent(ID, "Yamato", "1234-5678"))
                    .when(new DeliverShipmentCommand(ID))
                    .expectEvents(new ShipmentDeliveredEvent(ID));
        }

        @Test
        void refusesToShipBeforePickingOrWithoutCarrierAndToDeliverBeforeShipping() {
            fixture.given(reserved()).when(new ShipShipmentCommand(ID, "Yamato", "1"))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(picked()).when(new ShipShipmentCommand(ID, " ", "1"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(picked()).when(new DeliverShipmentCommand(ID))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
        }
    }

    @Nested
    class Cancelling {
        @Test
        void cancelsBeforeShippingAndRecordsTheStatusItWasIn() {
            fixture.given(created()).when(new CancelShipmentCommand(ID, " customer withdrew "))
                    .expectEvents(new ShipmentCancelledEvent(ID, "customer withdrew", ShipmentStatus.CREATED));
            fixture.given(reserved()).when(new CancelShipmentCommand(ID, null))
                    .expectEvents(new ShipmentCancelledEvent(ID, null, ShipmentStatus.RESERVED));
            fixture.given(picked()).when(new CancelShipmentCommand(ID, null))
                    .expectEvents(new ShipmentCancelledEvent(ID, null, ShipmentStatus.PICKED));
        }

        @Test
        void refusesWhilePickingOnceShippedAndTwice() {
            fixture.given(reserved()).andGiven(new ShipmentPickRequestedEvent(ID))
                    .when(new CancelShipmentCommand(ID, null))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(picked()).andGiven(new ShipmentShippedEvent(ID, "Yamato", "1"))
                    .when(new CancelShipmentCommand(ID, null))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(created(), new ShipmentCancelledEvent(ID, null, ShipmentStatus.CREATED))
                    .when(new CancelShipmentCommand(ID, null))
                    .expectException(refusedWith(ShippingErrors.SHIPMENT_STATUS_CONFLICT)).expectNoEvents();
        }
    }
}
