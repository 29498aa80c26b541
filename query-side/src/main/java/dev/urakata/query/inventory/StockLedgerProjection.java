package dev.urakata.query.inventory;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockLedgerEntry;
import dev.urakata.shared.inventory.StockLedgerPage;
import dev.urakata.shared.inventory.StockLedgerQuery;
import dev.urakata.shared.inventory.StockPosition;
import dev.urakata.shared.inventory.StockPositionPage;
import dev.urakata.shared.inventory.StockPositionsAsOfQuery;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock ledger: every movement of stock on hand, signed, with the running quantity and value of its
 * warehouse after it, and the positions at any past instant replayed from it.
 *
 * <p>One document per event, keyed by the event id, so redelivery rewrites the same document. A position "as of"
 * an instant is the running figure of the last movement recorded at or before it: the same figure the stock
 * level showed at that moment.
 */
@Component
@ProcessingGroup(StockLedgerProjection.PROCESSING_GROUP)
public class StockLedgerProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "stock-ledger";
    public static final String LEDGER = "inventory_stock_ledger";

    public StockLedgerProjection(MongoTemplate mongo) {
        super(mongo, LEDGER);
        index(LEDGER, "itemId", "sequence");
    }

    @EventHandler
    void on(StockReceivedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, sequence, event.itemId(), event.warehouseId(), event.movementId(), "RECEIPT",
                event.quantity(), event.value(), event.onHandAfter(), event.valueAfter(), event.reference());
    }

    @EventHandler
    void on(StockIssuedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, sequence, event.itemId(), event.warehouseId(), event.movementId(), "ISSUE",
                event.quantity().negate(), negate(event.value()), event.onHandAfter(), event.valueAfter(),
                event.reference());
    }

    @EventHandler
    void on(StockTransferDispatchedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, sequence, event.itemId(), event.fromWarehouseId(), event.transferId(), "TRANSFER_OUT",
                event.quantity().negate(), negate(event.value()), event.onHandAfter(), event.valueAfter(),
                "to " + event.toWarehouseId());
    }

    @EventHandler
    void on(StockTransferReceivedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, sequence, event.itemId(), event.toWarehouseId(), event.transferId(), "TRANSFER_IN",
                event.quantity(), event.value(), event.onHandAfter(), event.valueAfter(),
                "from " + event.fromWarehouseId());
    }

    @EventHandler
    void on(StockCountAdjustedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, sequence, event.itemId(), event.warehouseId(), event.movementId(), "COUNT_ADJUSTMENT",
                event.difference(), event.value(), event.onHandAfter(), event.valueAfter(), event.reason());
    }

    @QueryHandler
    StockLedgerPage handle(StockLedgerQuery query) {
        Criteria criteria = new Filters(Criteria.where("itemId").is(query.itemId().value()))
                .equal("warehouseId", query.warehouseId()).criteria();
        MongoPages.Slice<StockLedgerEntry> slice = MongoPages.read(mongo, LEDGER, StockLedgerDocument.class,
                Query.query(criteria), Sort.by("sequence"), query.page(), query.size(), StockLedgerProjection::entry);
        return new StockLedgerPage(slice.items(), query.page(), query.size(), slice.total());
    }

    /**
     * Replays the ledger up to the instant. Reads the movements up to it in item order and keeps the last one per
     * item and warehouse: portable (no aggregation pipeline) and proportional to the history asked about.
     */
    @QueryHandler
    StockPositionPage handle(StockPositionsAsOfQuery query) {
        Criteria criteria = new Filters(recordedBy(query.asOf())).equal("itemId", query.itemId())
                .equal("warehouseId", query.warehouseId()).criteria();
        Map<String, StockLedgerDocument> last = new LinkedHashMap<>();
        mongo.find(Query.query(criteria).with(Sort.by("itemId", "sequence")), StockLedgerDocument.class, LEDGER)
                .forEach(movement -> last.put(movement.itemId() + "@" + movement.warehouseId(), movement));
        List<StockPosition> all = last.values().stream()
                .sorted(Comparator.comparing(StockLedgerDocument::itemId)
                        .thenComparing(StockLedgerDocument::warehouseId))
                .map(movement -> new StockPosition(new StockItemId(movement.itemId()),
                        new WarehouseId(movement.warehouseId()), movement.onHandAfter(), movement.valueAfter(),
                        movement.recordedAt()))
                .toList();
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new StockPositionPage(query.asOf(), all.subList(from, to), query.page(), query.size(), all.size());
    }

    private void record(EventMessage<?> message, long sequence, StockItemId itemId, WarehouseId warehouseId,
                        String movementId, String type, BigDecimal quantity, Money value, BigDecimal onHandAfter,
                        Money valueAfter, String reference) {
        mongo.save(new StockLedgerDocument(message.getIdentifier(), itemId.value(), warehouseId.value(), movementId,
                type, quantity, value, onHandAfter, valueAfter, reference, message.getTimestamp(),
                (String) message.getMetaData().get(MetadataKeys.USER), sequence), LEDGER);
    }

    private static Money negate(Money money) {
        return new Money(money.amount().negate(), money.currency());
    }

    private static StockLedgerEntry entry(StockLedgerDocument movement) {
        return new StockLedgerEntry(movement.movementId(), movement.movementType(),
                new WarehouseId(movement.warehouseId()), movement.quantity(), movement.value(),
                movement.onHandAfter(), movement.valueAfter(), movement.reference(), movement.recordedAt(),
                movement.user(), movement.sequence());
    }
}
