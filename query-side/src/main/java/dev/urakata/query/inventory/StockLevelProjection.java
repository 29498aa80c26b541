package dev.urakata.query.inventory;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.inventory.ListStockLevelsQuery;
import dev.urakata.shared.inventory.ReorderPolicySetEvent;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockLevel;
import dev.urakata.shared.inventory.StockLevelPage;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockReorderLevelRestoredEvent;
import dev.urakata.shared.inventory.StockReservationReleasedEvent;
import dev.urakata.shared.inventory.StockReservedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;


/**
 * Current stock per item and warehouse: on hand, reserved, available, value, average cost, shortage.
 *
 * <p>Quantities on hand and values are copied from the events' "after" figures, which the stock item computed;
 * reserved is counted here. Each level remembers the last sequence of its item it applied, so a redelivered
 * event changes nothing. The item's SKU and name are kept in this projection's own collection, because an
 * item's registration is always processed before its movements (same aggregate, same sequence).
 */
@Component
@ProcessingGroup(StockLevelProjection.PROCESSING_GROUP)
public class StockLevelProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "stock-levels";
    public static final String LEVELS = "inventory_stock_levels";
    static final String ITEMS = "inventory_stock_level_items";

    public StockLevelProjection(MongoTemplate mongo) {
        super(mongo, LEVELS, ITEMS);
    }

    @EventHandler
    void on(StockItemRegisteredEvent event) {
        mongo.save(new InventoryItemDocument(event.itemId().value(), event.sku(), event.name(), event.unitOfMeasure(),
                event.currency()), ITEMS);
    }

    @EventHandler
    void on(ReorderPolicySetEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.warehouseId(), sequence, new Update()
                .set("reorderLevel", event.reorderLevel()));
    }

    @EventHandler
    void on(StockReceivedEvent event, @SequenceNumber long sequence) {
        onHand(event.itemId(), event.warehouseId(), sequence, event.onHandAfter(), event.valueAfter());
    }

    @EventHandler
    void on(StockIssuedEvent event, @SequenceNumber long sequence) {
        Update update = onHandUpdate(event.onHandAfter(), event.valueAfter());
        if (event.reservationId() != null) {
            update.unset("reservations." + event.reservationId());
        }
        apply(event.itemId(), event.warehouseId(), sequence, update);
    }

    @EventHandler
    void on(StockReservedEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.warehouseId(), sequence, new Update()
                .set("reservations." + event.reservationId(), event.quantity()));
    }

    @EventHandler
    void on(StockReservationReleasedEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.warehouseId(), sequence,
                new Update().unset("reservations." + event.reservationId()));
    }

    @EventHandler
    void on(StockTransferDispatchedEvent event, @SequenceNumber long sequence) {
        onHand(event.itemId(), event.fromWarehouseId(), sequence, event.onHandAfter(), event.valueAfter());
        // The same event also tells the destination what is on its way (guarded by the same sequence rule).
        apply(event.itemId(), event.toWarehouseId(), sequence, new Update()
                .set("incoming." + event.transferId(), event.quantity()));
    }

    @EventHandler
    void on(StockTransferReceivedEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.toWarehouseId(), sequence, onHandUpdate(event.onHandAfter(), event.valueAfter())
                .unset("incoming." + event.transferId()));
    }

    @EventHandler
    void on(StockCountAdjustedEvent event, @SequenceNumber long sequence) {
        onHand(event.itemId(), event.warehouseId(), sequence, event.onHandAfter(), event.valueAfter());
    }

    @EventHandler
    void on(StockFellBelowReorderLevelEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.warehouseId(), sequence, new Update().set("belowReorderLevel", true));
    }

    @EventHandler
    void on(StockReorderLevelRestoredEvent event, @SequenceNumber long sequence) {
        apply(event.itemId(), event.warehouseId(), sequence, new Update().set("belowReorderLevel", false));
    }

    @QueryHandler
    StockLevelPage handle(ListStockLevelsQuery query) {
        Criteria criteria = new Filters().equal("itemId", query.itemId()).equal("warehouseId", query.warehouseId())
                .criteria();
        if (query.lowStockOnly()) {
            criteria.and("belowReorderLevel").is(true);
        }
        MongoPages.Slice<StockLevel> slice = MongoPages.read(mongo, LEVELS, StockLevelDocument.class, Query.query(criteria),
                Sort.by("sku", "warehouseId"), query.page(), query.size(), StockLevelProjection::level);
        return new StockLevelPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private void onHand(StockItemId itemId, WarehouseId warehouseId, long sequence, BigDecimal onHand, Money value) {
        apply(itemId, warehouseId, sequence, onHandUpdate(onHand, value));
    }

    private static Update onHandUpdate(BigDecimal onHand, Money value) {
        return new Update().set("onHand", onHand).set("value", value);
    }

    /**
     * Applies {@code update} unless this event was applied already. One round trip in the common case; the level
     * is created (with its item's SKU and name) only the first time an event of its item reaches this warehouse.
     */
    private void apply(StockItemId itemId, WarehouseId warehouseId, long sequence, Update update) {
        String id = itemId.value() + "@" + warehouseId.value();
        update.set(LAST_SEQUENCE, sequence);
        if (mongo.updateFirst(unapplied(id, sequence), update, LEVELS).getMatchedCount() > 0
                || DocumentIds.exists(mongo, LEVELS, id)) {
            return; // applied now, or a redelivery of an event already applied
        }
        InventoryItemDocument item = mongo.findById(itemId.value(), InventoryItemDocument.class, ITEMS);
        mongo.insert(StockLevelDocument.empty(id, itemId.value(), warehouseId.value(), item), LEVELS);
        mongo.updateFirst(unapplied(id, sequence), update, LEVELS);
    }

    private static BigDecimal sum(Map<String, BigDecimal> quantities) {
        return quantities == null ? BigDecimal.ZERO
                : quantities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static StockLevel level(StockLevelDocument doc) {
        BigDecimal onHand = doc.onHand();
        BigDecimal reserved = sum(doc.reservations());
        Money value = doc.value();
        Money average = onHand.signum() == 0 ? null
                : Money.rounded(value.amount().divide(onHand, 6, Money.ROUNDING), value.currency());
        return new StockLevel(new StockItemId(doc.itemId()), doc.sku(), doc.name(), doc.unitOfMeasure(),
                new WarehouseId(doc.warehouseId()), onHand.setScale(3), reserved.setScale(3),
                onHand.subtract(reserved).setScale(3), sum(doc.incoming()).setScale(3), value, average,
                doc.reorderLevel(), doc.belowReorderLevel());
    }
}
