package dev.urakata.command.purchasing;

import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.ApprovePurchaseOrderCommand;
import dev.urakata.shared.purchasing.CancelPurchaseOrderCommand;
import dev.urakata.shared.purchasing.ClosePurchaseOrderCommand;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.PurchaseOrderApprovedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderCancelledEvent;
import dev.urakata.shared.purchasing.PurchaseOrderClosedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderDraftedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.PurchaseOrderSentEvent;
import dev.urakata.shared.purchasing.PurchasingErrors;
import dev.urakata.shared.purchasing.ReceivePurchaseOrderGoodsCommand;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import dev.urakata.shared.purchasing.ReceivedLine;
import dev.urakata.shared.purchasing.SendPurchaseOrderCommand;
import dev.urakata.shared.SupplierId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the PurchaseOrder aggregate, accepted and refused. */
class PurchaseOrderTest {

    static final PurchaseOrderId ID = new PurchaseOrderId("po-1");
    static final SupplierId SUPPLIER = new SupplierId("sup-1");
    static final StockItemId BOLTS = new StockItemId("bolts");
    static final StockItemId NUTS = new StockItemId("nuts");
    static final WarehouseId OSAKA = new WarehouseId("osaka");
    static final PurchaseOrderLine LINE_1 = new PurchaseOrderLine(1, BOLTS, OSAKA, new BigDecimal("100"),
            Money.of("12", "JPY"));
    static final PurchaseOrderLine LINE_2 = new PurchaseOrderLine(2, NUTS, OSAKA, new BigDecimal("2.5"),
            Money.of("300", "JPY"));
    static final Map<String, String> ALICE = Map.of(MetadataKeys.USER, "alice");
    static final Map<String, String> BOB = Map.of(MetadataKeys.USER, "bob");

    private AggregateTestFixture<PurchaseOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PurchaseOrder.class);
    }

    static PurchaseOrderDraftedEvent drafted() {
        return new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1, LINE_2), PurchaseOrderOrigin.MANUAL,
                "alice");
    }

    static Object[] sent() {
        return new Object[]{drafted(), new PurchaseOrderApprovedEvent(ID, "bob"), new PurchaseOrderSentEvent(ID)};
    }

    static DraftPurchaseOrderCommand draft(List<PurchaseOrderLine> lines) {
        return new DraftPurchaseOrderCommand(ID, SUPPLIER, lines, "MANUAL");
    }

    static ReceivedGoodsLine booked(PurchaseOrderLine line, String quantity) {
        return new ReceivedGoodsLine(line.lineNumber(), line.itemId(), line.warehouseId(), new BigDecimal(quantity),
                line.unitCost());
    }

    @Nested
    class Drafting {
        @Test
        void recordsLinesInLineOrderOriginAndTheDrafter() {
            fixture.givenNoPriorActivity()
                    .when(draft(List.of(LINE_2, LINE_1)), ALICE)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(drafted());
        }

        @Test
        void aReorderIsRecordedAsSuch() {
            fixture.givenNoPriorActivity()
                    .when(new DraftPurchaseOrderCommand(ID, SUPPLIER, List.of(LINE_1), "REORDER"))
                    .expectEvents(new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1),
                            PurchaseOrderOrigin.REORDER, null));
        }

        @Test
        void refusesNoLinesBadQuantitiesDuplicateLineNumbersAndAnUnknownOrigin() {
            fixture.givenNoPriorActivity().when(draft(List.of()), ALICE)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(draft(List.of(new PurchaseOrderLine(1, BOLTS, OSAKA, BigDecimal.ZERO,
                            Money.of("12", "JPY")))), ALICE)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(draft(List.of(new PurchaseOrderLine(1, BOLTS, OSAKA, new BigDecimal("1.0005"),
                            Money.of("12", "JPY")))), ALICE)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(draft(List.of(LINE_1, new PurchaseOrderLine(1, NUTS, OSAKA, BigDecimal.ONE,
                            Money.of("1", "JPY")))), ALICE)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new DraftPurchaseOrderCommand(ID, SUPPLIER, List.of(LINE_1), "URGENT"), ALICE)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void acceptsThreeDecimalsButRefusesUnitCostsInTwoCurrencies() {
            PurchaseOrderLine grams = new PurchaseOrderLine(1, BOLTS, OSAKA, new BigDecimal("0.125"),
                    Money.of("12", "JPY"));
            fixture.givenNoPriorActivity().when(draft(List.of(grams)), ALICE)
                    .expectSuccessfulHandlerExecution();
            PurchaseOrderLine euros = new PurchaseOrderLine(2, NUTS, OSAKA, BigDecimal.ONE, Money.of("1.50", "EUR"));
            fixture.givenNoPriorActivity().when(draft(List.of(LINE_1, euros)), ALICE)
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        }
    }

    @Nested
    class Approving {
        @Test
        void anotherUserApproves() {
            fixture.given(drafted())
                    .when(new ApprovePurchaseOrderCommand(ID), BOB)
                    .expectEvents(new PurchaseOrderApprovedEvent(ID, "bob"));
        }

        @Test
        void theDrafterMayNotApproveTheirOwnOrder() {
            fixture.given(drafted())
                    .when(new ApprovePurchaseOrderCommand(ID), ALICE)
                    .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
        }

        @Test
        void anApprovalNeedsAnIdentifiedApprover() {
            fixture.given(drafted())
                    .when(new ApprovePurchaseOrderCommand(ID))
                    .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
        }

        @Test
        void aReorderDraftedOnTheUsersBehalfMayBeApprovedByThatUser() {
            // The reorder saga's commands carry the user whose stock movement triggered them.
            fixture.given(new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1), PurchaseOrderOrigin.REORDER,
                            "alice"))
                    .when(new ApprovePurchaseOrderCommand(ID), ALICE)
                    .expectEvents(new PurchaseOrderApprovedEvent(ID, "alice"));
        }

        @Test
        void onlyADraftIsApproved() {
            fixture.given(drafted(), new PurchaseOrderApprovedEvent(ID, "bob"))
                    .when(new ApprovePurchaseOrderCommand(ID), Map.of(MetadataKeys.USER, "carol"))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
        }
    }

    @Nested
    class Sending {
        @Test
        void sendsAnApprovedOrder() {
            fixture.given(drafted(), new PurchaseOrderApprovedEvent(ID, "bob"))
                    .when(new SendPurchaseOrderCommand(ID))
                    .expectEvents(new PurchaseOrderSentEvent(ID));
        }

        @Test
        void refusesToSendADraftOrAnOrderAlreadySent() {
            fixture.given(drafted())
                    .when(new SendPurchaseOrderCommand(ID))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(sent())
                    .when(new SendPurchaseOrderCommand(ID))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
        }
    }

    @Nested
    class Receiving {
        @Test
        void aPartialReceiptThenTheRestFullyReceivesTheOrder() {
            PurchaseOrderGoodsReceivedEvent first = new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                    List.of(booked(LINE_1, "60")), false);
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1",
                            List.of(new ReceivedLine(1, new BigDecimal("60")))))
                    .expectEvents(first);
            fixture.given(sent()).andGiven(first)
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-2", List.of(
                            new ReceivedLine(2, new BigDecimal("2.5")), new ReceivedLine(1, new BigDecimal("40")))))
                    .expectEvents(new PurchaseOrderGoodsReceivedEvent(ID, "r-2",
                            List.of(booked(LINE_1, "40"), booked(LINE_2, "2.5")), true));
        }

        @Test
        void aReceiptAlreadyAppliedIsIgnored() {
            PurchaseOrderGoodsReceivedEvent first = new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                    List.of(booked(LINE_1, "60")), false);
            fixture.given(sent()).andGiven(first)
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1",
                            List.of(new ReceivedLine(1, new BigDecimal("60")))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aRetriedLastReceiptIsIgnoredEvenOnceTheOrderIsClosed() {
            PurchaseOrderGoodsReceivedEvent all = new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                    List.of(booked(LINE_1, "100"), booked(LINE_2, "2.5")), true);
            fixture.given(sent()).andGiven(all, new PurchaseOrderClosedEvent(ID))
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1",
                            List.of(new ReceivedLine(1, new BigDecimal("100")))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void receivingMoreThanOrderedIsRefused() {
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1",
                            List.of(new ReceivedLine(2, new BigDecimal("2.501")))))
                    .expectException(refusedWith(PurchasingErrors.OVER_RECEIPT)).expectNoEvents();
            fixture.given(sent()).andGiven(new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                            List.of(booked(LINE_1, "60")), false))
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-2",
                            List.of(new ReceivedLine(1, new BigDecimal("41")))))
                    .expectException(refusedWith(PurchasingErrors.OVER_RECEIPT)).expectNoEvents();
        }

        @Test
        void refusesBeforeSendingUnknownLinesRepeatedLinesAndBadIds() {
            fixture.given(drafted(), new PurchaseOrderApprovedEvent(ID, "bob"))
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1", List.of(new ReceivedLine(1, BigDecimal.ONE))))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1", List.of(new ReceivedLine(3, BigDecimal.ONE))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1", List.of(new ReceivedLine(1, BigDecimal.ONE),
                            new ReceivedLine(1, BigDecimal.ONE))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r 1", List.of(new ReceivedLine(1, BigDecimal.ONE))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(sent())
                    .when(new ReceivePurchaseOrderGoodsCommand(ID, "r-1", List.of(new ReceivedLine(1,
                            new BigDecimal("-1")))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class ClosingAndCancelling {
        static final PurchaseOrderGoodsReceivedEvent ALL = new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                List.of(booked(LINE_1, "100"), booked(LINE_2, "2.5")), true);

        @Test
        void closesAFullyReceivedOrder() {
            fixture.given(sent()).andGiven(ALL)
                    .when(new ClosePurchaseOrderCommand(ID))
                    .expectEvents(new PurchaseOrderClosedEvent(ID));
        }

        @Test
        void refusesToCloseAnOrderNotFullyReceived() {
            fixture.given(sent()).andGiven(new PurchaseOrderGoodsReceivedEvent(ID, "r-1",
                            List.of(booked(LINE_1, "60")), false))
                    .when(new ClosePurchaseOrderCommand(ID))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_NOT_FULLY_RECEIVED)).expectNoEvents();
            fixture.given(drafted())
                    .when(new ClosePurchaseOrderCommand(ID))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(sent()).andGiven(ALL, new PurchaseOrderClosedEvent(ID))
                    .when(new ClosePurchaseOrderCommand(ID))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void cancelsADraftOrAnApprovedOrder() {
            fixture.given(drafted())
                    .when(new CancelPurchaseOrderCommand(ID, " supplier closed "))
                    .expectEvents(new PurchaseOrderCancelledEvent(ID, "supplier closed"));
            fixture.given(drafted(), new PurchaseOrderApprovedEvent(ID, "bob"))
                    .when(new CancelPurchaseOrderCommand(ID, null))
                    .expectEvents(new PurchaseOrderCancelledEvent(ID, null));
        }

        @Test
        void aWithdrawnProposalIsCancelledOnlyWhileItIsADraft() {
            fixture.given(drafted())
                    .when(new CancelPurchaseOrderCommand(ID, "shortage resolved", true))
                    .expectEvents(new PurchaseOrderCancelledEvent(ID, "shortage resolved"));
            fixture.given(drafted(), new PurchaseOrderApprovedEvent(ID, "bob"))
                    .when(new CancelPurchaseOrderCommand(ID, "shortage resolved", true))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(sent())
                    .when(new CancelPurchaseOrderCommand(ID, "shortage resolved", true))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void refusesToCancelOnceSentOrTwice() {
            fixture.given(sent())
                    .when(new CancelPurchaseOrderCommand(ID, "too late"))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(drafted(), new PurchaseOrderCancelledEvent(ID, null))
                    .when(new CancelPurchaseOrderCommand(ID, "again"))
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(drafted(), new PurchaseOrderCancelledEvent(ID, null))
                    .when(new ApprovePurchaseOrderCommand(ID), BOB)
                    .expectException(refusedWith(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT)).expectNoEvents();
        }
    }
}
