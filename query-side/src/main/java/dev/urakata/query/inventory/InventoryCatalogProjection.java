package dev.urakata.query.inventory;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.inventory.ListStockItemsQuery;
import dev.urakata.shared.inventory.ListWarehousesQuery;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemPage;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockItemSummary;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.inventory.WarehousePage;
import dev.urakata.shared.inventory.WarehouseRegisteredEvent;
import dev.urakata.shared.inventory.WarehouseSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The inventory catalogue: warehouses and stock items, as registered. Documents are keyed by id and written
 * whole, so a redelivered registration rewrites the same document.
 */
@Component
@ProcessingGroup(InventoryCatalogProjection.PROCESSING_GROUP)
public class InventoryCatalogProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "inventory-catalog";
    public static final String WAREHOUSES = "inventory_warehouses";
    public static final String ITEMS = "inventory_items";

    public InventoryCatalogProjection(MongoTemplate mongo) {
        super(mongo, WAREHOUSES, ITEMS);
    }

    @EventHandler
    void on(WarehouseRegisteredEvent event) {
        mongo.save(new WarehouseDocument(event.warehouseId().value(), event.code(), event.name()), WAREHOUSES);
    }

    @EventHandler
    void on(StockItemRegisteredEvent event) {
        mongo.save(new InventoryItemDocument(event.itemId().value(), event.sku(), event.name(), event.unitOfMeasure(),
                event.currency()), ITEMS);
    }

    @QueryHandler
    WarehousePage handle(ListWarehousesQuery query) {
        MongoPages.Slice<WarehouseSummary> slice = MongoPages.read(mongo, WAREHOUSES, WarehouseDocument.class,
                new Query(), Sort.by("code", "_id"), query.page(), query.size(), warehouse -> new WarehouseSummary(
                        new WarehouseId(warehouse.id()), warehouse.code(), warehouse.name()));
        return new WarehousePage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    StockItemPage handle(ListStockItemsQuery query) {
        Query find = query.sku() == null ? new Query() : Query.query(Criteria.where("sku").is(query.sku()));
        MongoPages.Slice<StockItemSummary> slice = MongoPages.read(mongo, ITEMS, InventoryItemDocument.class, find,
                Sort.by("sku", "_id"), query.page(), query.size(), item -> new StockItemSummary(
                        new StockItemId(item.id()), item.sku(), item.name(), item.unitOfMeasure(), item.currency()));
        return new StockItemPage(slice.items(), query.page(), query.size(), slice.total());
    }
}
