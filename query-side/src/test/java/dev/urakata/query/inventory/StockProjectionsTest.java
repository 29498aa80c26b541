package dev.urakata.query.inventory;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.inventory.ListStockLevelsQuery;
import dev.urakata.shared.inventory.ReorderPolicySetEvent;
import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockLedgerEntry;
import dev.urakata.shared.inventory.StockLedgerQuery;
import dev.urakata.shared.inventory.StockLevel;
import dev.urakata.shared.inventory.StockPosition;
import dev.urakata.shared.inventory.StockPositionsAsOfQuery;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockReservedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** Stock levels and the stock ledger on the embedded MongoDB-wire server, fed the same history. */
class StockProjectionsTest {

    static final StockItemId ITEM = new StockItemId("item-1");
    static final WarehouseId W1 = new WarehouseId("wh-1");
    static final WarehouseId W2 = new WarehouseId("wh-2");
    static final Instant DAY1 = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-05-02T10:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-05-03T10:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private StockLevelProjection levels;
    private StockLedgerProjection ledger;
    private final List<GenericDomainEventMessage<?>> history = new ArrayList<>();

    @BeforeEach
    void setUp() {
        levels = new StockLevelProjection(mongo.template());
        ledger = new StockLedgerProjection(mongo.template());
        add(DAY1, new StockItemRegisteredEvent(ITEM, "SKU-1", "Widget", "pcs", "EUR"));
        add(DAY1, new ReorderPolicySetEvent(ITEM, W1, q("5"), q("20"), new SupplierId("sup-1")));
        add(DAY1, new StockReceivedEvent(ITEM, W1, "r1", q("10"), eur("2.00"), eur("20.00"), null, q("10"), eur("20.00")));
        add(DAY1, new StockReceivedEvent(ITEM, W1, "r2", q("5"), eur("3.10"), eur("15.50"), null, q("15"), eur("35.50")));
        add(DAY2, new StockIssuedEvent(ITEM, W1, "i1", q("4"), eur("9.47"), null, "order 7", q("11"), eur("26.03")));
        add(DAY2, new StockReservedEvent(ITEM, W1, "res-1", q("3"), null, q("3")));
        add(DAY3, new StockTransferDispatchedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("5"), eur("11.83")));
        add(DAY3, new StockFellBelowReorderLevelEvent(ITEM, W1, q("2"), q("5"), q("20"), new SupplierId("sup-1"),
                eur("2.37")));
        add(DAY3, new StockTransferReceivedEvent(ITEM, "t1", W1, W2, q("6"), eur("14.20"), q("6"), eur("14.20")));
    }

    static BigDecimal q(String quantity) {
        return new BigDecimal(quantity).setScale(3);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    void add(Instant at, Object payload) {
        history.add(new GenericDomainEventMessage<>("StockItem", ITEM.value(), history.size(), payload,
                MetaData.with(MetadataKeys.USER, "ops"), "ev-" + history.size(), at));
    }

    /** Feeds every event to both projections, as their processors would. */
    void replay() {
        for (GenericDomainEventMessage<?> event : history) {
            long sequence = event.getSequenceNumber();
            Object payload = event.getPayload();
            if (payload instanceof StockItemRegisteredEvent e) {
                levels.on(e);
            } else if (payload instanceof ReorderPolicySetEvent e) {
                levels.on(e, sequence);
            } else if (payload instanceof StockReceivedEvent e) {
                levels.on(e, sequence);
                ledger.on(e, event, sequence);
            } else if (payload instanceof StockIssuedEvent e) {
                levels.on(e, sequence);
                ledger.on(e, event, sequence);
            } else if (payload instanceof StockReservedEvent e) {
                levels.on(e, sequence);
            } else if (payload instanceof StockTransferDispatchedEvent e) {
                levels.on(e, sequence);
                ledger.on(e, event, sequence);
            } else if (payload instanceof StockTransferReceivedEvent e) {
                levels.on(e, sequence);
                ledger.on(e, event, sequence);
            } else if (payload instanceof StockFellBelowReorderLevelEvent e) {
                levels.on(e, sequence);
            } else {
                throw new IllegalStateException("unexpected " + payload);
            }
        }
    }

    List<StockLevel> allLevels() {
        return levels.handle(new ListStockLevelsQuery(null, null, false, 0, 50)).items();
    }

    @Test
    void levelsShowOnHandReservedAvailableValueAndShortage() {
        replay();

        assertThat(allLevels()).containsExactly(
                new StockLevel(ITEM, "SKU-1", "Widget", "pcs", W1, q("5"), q("3"), q("2"), q("0"), eur("11.83"),
                        eur("2.37"), q("5"), true),
                new StockLevel(ITEM, "SKU-1", "Widget", "pcs", W2, q("6"), q("0"), q("6"), q("0"), eur("14.20"),
                        eur("2.37"), null, false));
        assertThat(levels.handle(new ListStockLevelsQuery(null, null, true, 0, 50)).items())
                .extracting(StockLevel::warehouseId).containsExactly(W1);
        assertConforms(mongo.template(), StockLevelProjection.LEVELS);
    }

    @Test
    void theLedgerRunsQuantityAndValueAndEveryMovementIsSigned() {
        replay();

        List<StockLedgerEntry> w1 = ledger.handle(new StockLedgerQuery(ITEM, W1, 0, 50)).items();
        assertThat(w1).extracting(StockLedgerEntry::movementType)
                .containsExactly("RECEIPT", "RECEIPT", "ISSUE", "TRANSFER_OUT");
        assertThat(w1).extracting(StockLedgerEntry::quantity).containsExactly(q("10"), q("5"), q("-4"), q("-6"));
        assertThat(w1).extracting(StockLedgerEntry::valueAfter)
                .containsExactly(eur("20.00"), eur("35.50"), eur("26.03"), eur("11.83"));
        // The values moved add up to the value left, to the cent.
        BigDecimal sum = w1.stream().map(e -> e.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("11.83");
        assertThat(w1.get(2).user()).isEqualTo("ops");
        assertThat(ledger.handle(new StockLedgerQuery(ITEM, null, 0, 50)).total()).isEqualTo(5);
        assertConforms(mongo.template(), StockLedgerProjection.LEDGER);
    }

    @Test
    void positionsAsOfAPastDayAreWhatTheLevelsShowedThen() {
        replay();

        assertThat(ledger.handle(new StockPositionsAsOfQuery(Instant.parse("2026-05-01T23:59:59Z"), null, null, 0, 50))
                .items()).containsExactly(new StockPosition(ITEM, W1, q("15"), eur("35.50"), DAY1));
        assertThat(ledger.handle(new StockPositionsAsOfQuery(DAY2, ITEM, null, 0, 50)).items())
                .containsExactly(new StockPosition(ITEM, W1, q("11"), eur("26.03"), DAY2));
        assertThat(ledger.handle(new StockPositionsAsOfQuery(DAY3, null, null, 0, 50)).items())
                .containsExactly(new StockPosition(ITEM, W1, q("5"), eur("11.83"), DAY3),
                        new StockPosition(ITEM, W2, q("6"), eur("14.20"), DAY3));
        assertThat(ledger.handle(new StockPositionsAsOfQuery(DAY1.minusSeconds(1), null, null, 0, 50)).items())
                .isEmpty();
        // Now, the replayed ledger equals the live levels.
        List<StockPosition> now = ledger.handle(new StockPositionsAsOfQuery(Instant.now(), null, null, 0, 50)).items();
        assertThat(now).extracting(StockPosition::onHand)
                .containsExactlyElementsOf(allLevels().stream().map(StockLevel::onHand).toList());
        assertThat(now).extracting(StockPosition::value)
                .containsExactlyElementsOf(allLevels().stream().map(StockLevel::value).toList());
    }

    @Test
    void aTransferIsInTransitAtItsDestinationUntilReceived() {
        history.remove(history.size() - 1); // not received yet
        replay();

        assertThat(allLevels()).filteredOn(level -> level.warehouseId().equals(W2)).singleElement()
                .satisfies(level -> {
                    assertThat(level.inTransit()).isEqualTo(q("6"));
                    assertThat(level.onHand()).isEqualTo(q("0"));
                });
    }

    @Test
    void aRebuildFromScratchGivesTheSameDocuments() {
        replay();
        List<Document> levelDocs = mongo.template().findAll(Document.class, StockLevelProjection.LEVELS);
        List<Document> ledgerDocs = mongo.template().findAll(Document.class, StockLedgerProjection.LEDGER);

        levels.reset();
        ledger.reset();
        assertThat(allLevels()).isEmpty();
        replay();

        assertThat(mongo.template().findAll(Document.class, StockLevelProjection.LEVELS)).isEqualTo(levelDocs);
        assertThat(mongo.template().findAll(Document.class, StockLedgerProjection.LEDGER)).isEqualTo(ledgerDocs);
    }

    @Test
    void aSecondDeliveryOfTheWholeHistoryChangesNothing() {
        replay();
        List<Document> levelDocs = mongo.template().findAll(Document.class, StockLevelProjection.LEVELS);
        List<Document> ledgerDocs = mongo.template().findAll(Document.class, StockLedgerProjection.LEDGER);

        replay();

        assertThat(mongo.template().findAll(Document.class, StockLevelProjection.LEVELS)).isEqualTo(levelDocs);
        assertThat(mongo.template().findAll(Document.class, StockLedgerProjection.LEDGER)).isEqualTo(ledgerDocs);
    }
}
