package dev.urakata.command.inventory;

import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.inventory.AdjustStockCountCommand;
import dev.urakata.shared.inventory.DispatchTransferCommand;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.inventory.IssueReservedStockCommand;
import dev.urakata.shared.inventory.IssueStockCommand;
import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.inventory.ReceiveTransferCommand;
import dev.urakata.shared.inventory.RegisterStockItemCommand;
import dev.urakata.shared.inventory.ReleaseReservationCommand;
import dev.urakata.shared.inventory.ReorderPolicySetEvent;
import dev.urakata.shared.inventory.ReserveStockCommand;
import dev.urakata.shared.inventory.SetReorderPolicyCommand;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockReorderLevelRestoredEvent;
import dev.urakata.shared.inventory.StockReservationReleasedEvent;
import dev.urakata.shared.inventory.StockReservedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.urakata.command.support.Refusals.refusedWith;

/**
 * Every command path of a stock item, with valuation figures checked by hand (EUR, half-even rounding).
 */
class StockItemTest {

    static final StockItemId ITEM = new StockItemId("item-1");
    static final WarehouseId W1 = new WarehouseId("wh-1");
    static final WarehouseId W2 = new WarehouseId("wh-2");
    static final SupplierId SUPPLIER = new SupplierId("sup-1");

    private UniqueKeys uniqueKeys;
    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        uniqueKeys = TestUniqueKeys.create();
        uniqueKeys.claim(Warehouse.WAREHOUSE_CODE, "TYO", W1.value(), InventoryErrors.DUPLICATE_WAREHOUSE_CODE);
        uniqueKeys.claim(Warehouse.WAREHOUSE_CODE, "OSA", W2.value(), InventoryErrors.DUPLICATE_WAREHOUSE_CODE);
        fixture = new AggregateTestFixture<>(StockItem.class);
        fixture.registerInjectableResource(uniqueKeys);
    }


    static BigDecimal q(String quantity) {
        return new BigDecimal(quantity).setScale(3);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static StockItemRegisteredEvent registered() {
        return new StockItemRegisteredEvent(ITEM, "SKU-1", "Widget", "pcs", "EUR");
    }

    /** 10 at 2.00 then 5 at 3.10: 15 on hand worth 35.50. */
    static Object[] fifteenWorth3550() {
        return new Object[] {registered(),
                new StockReceivedEvent(ITEM, W1, "r1", q("10"), eur("2.00"), eur("20.00"), null, q("10"), eur("20.00")),
                new StockReceivedEvent(ITEM, W1, "r2", q("5"), eur("3.10"), eur("15.50"), null, q("15"), eur("35.50"))};
    }

    @Nested
    class Registering {
        @Test
        void registersWithAUniqueSku() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterStockItemCommand(ITEM, " SKU-1 ", "Widget", "pcs", "EUR"))
                    .expectEvents(registered());
            fixture.givenNoPriorActivity()
                    .when(new RegisterStockItemCommand(new StockItemId("item-2"), "SKU-1", "Other", "pcs", "EUR"))
                    .expectException(refusedWith(InventoryErrors.DUPLICATE_SKU)).expectNoEvents();
        }

        @Test
        void refusesAnUnknownCurrencyAndMissingFields() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterStockItemCommand(ITEM, "SKU-2", "Widget", "pcs", "XYZ"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new RegisterStockItemCommand(ITEM, "SKU-2", "Widget", " ", "EUR"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class ReceivingAndIssuing {
        @Test
        void receiptsAddQuantityTimesUnitCost() {
            fixture.given(registered())
                    .when(new ReceiveStockCommand(ITEM, W1, "r1", new BigDecimal("10"), eur("2.00"), "delivery 1"))
                    .expectEvents(new StockReceivedEvent(ITEM, W1, "r1", q("10"), eur("2.00"), eur("20.00"),
                            "delivery 1", q("10"), eur("20.00")));
            fixture.given(registered())
                    .when(new ReceiveStockCommand(ITEM, W1, "r1", new BigDecimal("0.333"), eur("1.00"), null))
                    .expectEvents(new StockReceivedEvent(ITEM, W1, "r1", q("0.333"), eur("1.00"), eur("0.33"), null,
                            q("0.333"), eur("0.33")));
        }

        @Test
        void anIssueTakesTheMovingAverageAndTheLastUnitTakesWhatIsLeft() {
            // 35.50 x 4 / 15 = 9.4666... -> 9.47; then the remaining 11 take the remaining 26.03.
            fixture.given(fifteenWorth3550())
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("4"), "order 7"))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "i1", q("4"), eur("9.47"), null, "order 7", q("11"),
                            eur("26.03")));
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockIssuedEvent(ITEM, W1, "i1", q("4"), eur("9.47"), null, null, q("11"),
                            eur("26.03")))
                    .when(new IssueStockCommand(ITEM, W1, "i2", new BigDecimal("11"), null))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "i2", q("11"), eur("26.03"), null, null, q("0"),
                            eur("0.00")));
        }

        @Test
        void roundingIsHalfEven() {
            // 0.05 over 2 units: one unit is 0.025, which rounds to the even 0.02 (half-up would say 0.03).
            fixture.given(registered(),
                            new StockReceivedEvent(ITEM, W1, "r1", q("1"), eur("0.02"), eur("0.02"), null, q("1"),
                                    eur("0.02")),
                            new StockReceivedEvent(ITEM, W1, "r2", q("1"), eur("0.03"), eur("0.03"), null, q("2"),
                                    eur("0.05")))
                    .when(new IssueStockCommand(ITEM, W1, "i1", BigDecimal.ONE, null))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "i1", q("1"), eur("0.02"), null, null, q("1"),
                            eur("0.03")));
        }

        @Test
        void refusesMoreThanIsAvailableAndBadQuantities() {
            fixture.given(fifteenWorth3550())
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("15.001"), null))
                    .expectException(refusedWith(InventoryErrors.INSUFFICIENT_STOCK)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new IssueStockCommand(ITEM, W2, "i1", BigDecimal.ONE, null))
                    .expectException(refusedWith(InventoryErrors.INSUFFICIENT_STOCK)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("-1"), null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("0.0001"), null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void refusesAnUnknownWarehouseAndAnotherCurrency() {
            fixture.given(registered())
                    .when(new ReceiveStockCommand(ITEM, new WarehouseId("nowhere"), "r1", BigDecimal.ONE, eur("1.00"),
                            null))
                    .expectException(refusedWith(InventoryErrors.UNKNOWN_WAREHOUSE)).expectNoEvents();
            fixture.given(registered())
                    .when(new ReceiveStockCommand(ITEM, W1, "r1", BigDecimal.ONE, Money.of("100", "JPY"), null))
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        }

        @Test
        void aRepeatedMovementIdIsNotBookedTwice() {
            fixture.given(fifteenWorth3550())
                    .when(new ReceiveStockCommand(ITEM, W1, "r2", new BigDecimal("5"), eur("3.10"), null))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class Reservations {
        @Test
        void aReservationMakesStockUnavailableUntilReleasedOrPicked() {
            fixture.given(fifteenWorth3550())
                    .when(new ReserveStockCommand(ITEM, W1, "res-1", new BigDecimal("12"), "order 9"))
                    .expectEvents(new StockReservedEvent(ITEM, W1, "res-1", q("12"), "order 9", q("12")));
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockReservedEvent(ITEM, W1, "res-1", q("12"), null, q("12")))
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("4"), null))
                    .expectException(refusedWith(InventoryErrors.INSUFFICIENT_STOCK)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockReservedEvent(ITEM, W1, "res-1", q("12"), null, q("12")))
                    .when(new ReleaseReservationCommand(ITEM, "res-1", "order cancelled"))
                    .expectEvents(new StockReservationReleasedEvent(ITEM, W1, "res-1", q("12"), "order cancelled",
                            q("0")));
            // 35.50 x 12 / 15 = 28.40
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockReservedEvent(ITEM, W1, "res-1", q("12"), null, q("12")))
                    .when(new IssueReservedStockCommand(ITEM, "res-1", "pick-1", "shipment 3"))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "pick-1", q("12"), eur("28.40"), "res-1",
                            "shipment 3", q("3"), eur("7.10")));
        }

        @Test
        void refusesUnknownReservationsAndTooLargeOnes() {
            fixture.given(fifteenWorth3550())
                    .when(new ReleaseReservationCommand(ITEM, "nope", null))
                    .expectException(refusedWith(InventoryErrors.UNKNOWN_RESERVATION)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockReservedEvent(ITEM, W1, "res-1", q("12"), null, q("12")),
                            new StockReservationReleasedEvent(ITEM, W1, "res-1", q("12"), null, q("0")))
                    .when(new IssueReservedStockCommand(ITEM, "res-1", "pick-1", null))
                    .expectException(refusedWith(InventoryErrors.UNKNOWN_RESERVATION)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new ReserveStockCommand(ITEM, W1, "res-2", new BigDecimal("16"), null))
                    .expectException(refusedWith(InventoryErrors.INSUFFICIENT_STOCK)).expectNoEvents();
        }
    }

    @Nested
    class Transfers {
        @Test
        void stockAndItsValueTravelBetweenWarehouses() {
            // 35.50 x 6 / 15 = 14.20 leaves; 21.30 stays.
            fixture.given(fifteenWorth3550())
                    .when(new DispatchTransferCommand(ITEM, "t1", W1, W2, new BigDecimal("6")))
                    .expectEvents(new StockTransferDispatchedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("9"),
                            eur("21.30")));
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockTransferDispatchedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("9"),
                            eur("21.30")))
                    .when(new ReceiveTransferCommand(ITEM, "t1"))
                    .expectEvents(new StockTransferReceivedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("6"),
                            eur("14.20")));
        }

        @Test
        void refusesUnknownTransfersSameWarehouseAndShortStock() {
            fixture.given(fifteenWorth3550())
                    .when(new ReceiveTransferCommand(ITEM, "nope"))
                    .expectException(refusedWith(InventoryErrors.UNKNOWN_TRANSFER)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new DispatchTransferCommand(ITEM, "t1", W1, W1, BigDecimal.ONE))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new DispatchTransferCommand(ITEM, "t1", W1, W2, new BigDecimal("16")))
                    .expectException(refusedWith(InventoryErrors.INSUFFICIENT_STOCK)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockTransferDispatchedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("9"),
                                    eur("21.30")),
                            new StockTransferReceivedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("6"),
                                    eur("14.20")))
                    .when(new ReceiveTransferCommand(ITEM, "t1"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class Counting {
        @Test
        void aLossTakesTheMovingAverageAndAGainAddsIt() {
            // Loss of 3: 35.50 x 3 / 15 = 7.10.
            fixture.given(fifteenWorth3550())
                    .when(new AdjustStockCountCommand(ITEM, W1, "c1", new BigDecimal("12"), "damaged"))
                    .expectEvents(new StockCountAdjustedEvent(ITEM, W1, "c1", q("12"), q("-3"), eur("-7.10"),
                            "damaged", q("12"), eur("28.40")));
            // Gain of 2 at the average 2.366667: 4.733334 -> 4.73.
            fixture.given(fifteenWorth3550())
                    .when(new AdjustStockCountCommand(ITEM, W1, "c1", new BigDecimal("17"), "found"))
                    .expectEvents(new StockCountAdjustedEvent(ITEM, W1, "c1", q("17"), q("2"), eur("4.73"),
                            "found", q("17"), eur("40.23")));
        }

        @Test
        void refusesACountBelowWhatIsReserved() {
            fixture.given(fifteenWorth3550())
                    .andGiven(new StockReservedEvent(ITEM, W1, "res-1", q("12"), null, q("12")))
                    .when(new AdjustStockCountCommand(ITEM, W1, "c1", new BigDecimal("11"), "miscount"))
                    .expectException(refusedWith(InventoryErrors.COUNT_BELOW_RESERVED)).expectNoEvents();
            fixture.given(fifteenWorth3550())
                    .when(new AdjustStockCountCommand(ITEM, W1, "c1", new BigDecimal("11"), " "))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class Reordering {
        static ReorderPolicySetEvent policy() {
            return new ReorderPolicySetEvent(ITEM, W1, q("5"), q("20"), SUPPLIER);
        }

        @Test
        void aShortageIsRaisedOnceWhenAvailableStockFallsBelowTheLevel() {
            fixture.given(fifteenWorth3550())
                    .andGiven(policy())
                    .when(new IssueStockCommand(ITEM, W1, "i1", new BigDecimal("11"), null))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "i1", q("11"), eur("26.03"), null, null, q("4"),
                                    eur("9.47")),
                            new StockFellBelowReorderLevelEvent(ITEM, W1, q("4"), q("5"), q("20"), SUPPLIER,
                                    eur("2.37")));
            fixture.given(fifteenWorth3550())
                    .andGiven(policy(),
                            new StockIssuedEvent(ITEM, W1, "i1", q("11"), eur("26.03"), null, null, q("4"), eur("9.47")),
                            new StockFellBelowReorderLevelEvent(ITEM, W1, q("4"), q("5"), q("20"), SUPPLIER,
                                    eur("2.37")))
                    .when(new IssueStockCommand(ITEM, W1, "i2", BigDecimal.ONE, null))
                    .expectEvents(new StockIssuedEvent(ITEM, W1, "i2", q("1"), eur("2.37"), null, null, q("3"),
                            eur("7.10")));
        }

        @Test
        void aReceiptThatRestoresTheLevelEndsTheShortage() {
            fixture.given(fifteenWorth3550())
                    .andGiven(policy(),
                            new StockIssuedEvent(ITEM, W1, "i1", q("11"), eur("26.03"), null, null, q("4"), eur("9.47")),
                            new StockFellBelowReorderLevelEvent(ITEM, W1, q("4"), q("5"), q("20"), SUPPLIER,
                                    eur("2.37")))
                    .when(new ReceiveStockCommand(ITEM, W1, "r3", new BigDecimal("20"), eur("2.00"), "PO 1"))
                    .expectEvents(new StockReceivedEvent(ITEM, W1, "r3", q("20"), eur("2.00"), eur("40.00"), "PO 1",
                                    q("24"), eur("49.47")),
                            new StockReorderLevelRestoredEvent(ITEM, W1, q("24"), q("5")));
        }

        @Test
        void settingAPolicyWhileAlreadyShortRaisesTheShortage() {
            fixture.given(registered())
                    .when(new SetReorderPolicyCommand(ITEM, W1, new BigDecimal("5"), new BigDecimal("20"), SUPPLIER))
                    .expectEvents(policy(), new StockFellBelowReorderLevelEvent(ITEM, W1, q("0"), q("5"), q("20"),
                            SUPPLIER, eur("0.00")));
            fixture.given(registered())
                    .when(new SetReorderPolicyCommand(ITEM, new WarehouseId("nowhere"), BigDecimal.ONE, BigDecimal.ONE,
                            SUPPLIER))
                    .expectException(refusedWith(InventoryErrors.UNKNOWN_WAREHOUSE)).expectNoEvents();
        }

        @Test
        void aNewItemNeverReceivedIsProposedAtThePolicysSupplierPrice() {
            fixture.given(registered())
                    .when(new SetReorderPolicyCommand(ITEM, W1, new BigDecimal("5"), new BigDecimal("20"), SUPPLIER,
                            eur("1.80")))
                    .expectEvents(new ReorderPolicySetEvent(ITEM, W1, q("5"), q("20"), SUPPLIER, eur("1.80")),
                            new StockFellBelowReorderLevelEvent(ITEM, W1, q("0"), q("5"), q("20"), SUPPLIER,
                                    eur("1.80")));
            fixture.given(registered())
                    .when(new SetReorderPolicyCommand(ITEM, W1, new BigDecimal("5"), new BigDecimal("20"), SUPPLIER,
                            eur("0.00")))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(registered())
                    .when(new SetReorderPolicyCommand(ITEM, W1, new BigDecimal("5"), new BigDecimal("20"), SUPPLIER,
                            Money.of("180", "JPY")))
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        }
    }
}
