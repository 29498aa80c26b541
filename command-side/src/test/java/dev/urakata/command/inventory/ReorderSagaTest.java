package dev.urakata.command.inventory;

import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockReorderLevelRestoredEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.CancelPurchaseOrderCommand;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.SupplierId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One proposal per shortage, none while it lasts, a new one for the next shortage. */
class ReorderSagaTest {

    static final StockItemId ITEM = new StockItemId("item-1");
    static final WarehouseId W1 = new WarehouseId("wh-1");
    static final SupplierId SUPPLIER = new SupplierId("sup-1");
    static final String SHORTAGE = "item-1@wh-1";

    private SagaTestFixture<ReorderSaga> fixture;

    @BeforeEach
    void setUp() {
        AtomicInteger counter = new AtomicInteger();
        fixture = new SagaTestFixture<>(ReorderSaga.class);
        fixture.registerResource((ProposalIds) () -> new PurchaseOrderId("po-" + counter.incrementAndGet()));
    }

    static StockFellBelowReorderLevelEvent fellBelow() {
        return new StockFellBelowReorderLevelEvent(ITEM, W1, new BigDecimal("4.000"), new BigDecimal("5.000"),
                new BigDecimal("20.000"), SUPPLIER, Money.of("2.37", "EUR"));
    }

    static DraftPurchaseOrderCommand proposal(String id) {
        return new DraftPurchaseOrderCommand(new PurchaseOrderId(id), SUPPLIER, List.of(new PurchaseOrderLine(1, ITEM,
                W1, new BigDecimal("20.000"), Money.of("2.37", "EUR"))), ReorderSaga.ORIGIN);
    }

    @Test
    void aShortageProposesOnePurchase() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(fellBelow())
                .expectActiveSagas(1)
                .expectAssociationWith(ReorderSaga.SHORTAGE, SHORTAGE)
                .expectDispatchedCommands(proposal("po-1"));
    }

    @Test
    void aRedeliveredStartDoesNotProposeAgain() {
        fixture.givenAPublished(fellBelow())
                .whenPublishingA(fellBelow())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void theShortageEndsWhenStockIsRestoredAndItsProposalIsWithdrawnIfStillADraft() {
        fixture.givenAPublished(fellBelow())
                .whenPublishingA(new StockReorderLevelRestoredEvent(ITEM, W1, new BigDecimal("24.000"),
                        new BigDecimal("5.000")))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new CancelPurchaseOrderCommand(new PurchaseOrderId("po-1"),
                        "shortage of " + SHORTAGE + " resolved before approval", true));
    }

    @Test
    void aShortageOfAnItemNobodyPricedProposesNothingAndWithdrawsNothing() {
        StockFellBelowReorderLevelEvent unpriced = new StockFellBelowReorderLevelEvent(ITEM, W1, BigDecimal.ZERO,
                new BigDecimal("5.000"), new BigDecimal("20.000"), SUPPLIER, Money.of("0.00", "EUR"));
        fixture.givenNoPriorActivity()
                .whenPublishingA(unpriced)
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
        fixture.givenAPublished(unpriced)
                .whenPublishingA(new StockReorderLevelRestoredEvent(ITEM, W1, new BigDecimal("24.000"),
                        new BigDecimal("5.000")))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theNextShortageProposesAgain() {
        fixture.givenAPublished(fellBelow())
                .andThenAPublished(new StockReorderLevelRestoredEvent(ITEM, W1, new BigDecimal("24.000"),
                        new BigDecimal("5.000")))
                .whenPublishingA(fellBelow())
                .expectActiveSagas(1)
                .expectDispatchedCommands(proposal("po-2"));
    }

    @Test
    void shortagesOfOtherWarehousesAreSeparate() {
        fixture.givenAPublished(fellBelow())
                .whenPublishingA(new StockFellBelowReorderLevelEvent(ITEM, new WarehouseId("wh-2"),
                        BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, SUPPLIER, Money.of("0.00", "EUR")))
                .expectActiveSagas(2);
    }
}
