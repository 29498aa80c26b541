package dev.urakata.query.analysts;

import dev.urakata.query.inventory.InventoryCatalogProjection;
import dev.urakata.query.inventory.InventoryItemDocument;
import dev.urakata.query.inventory.StockLedgerDocument;
import dev.urakata.query.inventory.StockLedgerProjection;
import dev.urakata.query.inventory.StockLevelDocument;
import dev.urakata.query.inventory.StockLevelProjection;
import dev.urakata.query.inventory.WarehouseDocument;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/** The inventory read models in the analysts' catalogue. */
final class InventoryReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(StockLevelProjection.LEVELS, "Current stock of one item in one warehouse.",
                    "item id, `@`, warehouse id", List.of(), StockLevelProjection.class, StockLevelDocument.class),
            new ReadModel(StockLedgerProjection.LEDGER, "One movement of stock on hand of one item in one"
                    + " warehouse, signed (in positive, out negative), with the warehouse's running figures after it.",
                    "the event's id", List.of("recordedAt"), StockLedgerProjection.class, StockLedgerDocument.class),
            new ReadModel(InventoryCatalogProjection.ITEMS, "One stock item, as registered.", "the stock item id",
                    List.of(), InventoryCatalogProjection.class, InventoryItemDocument.class),
            new ReadModel(InventoryCatalogProjection.WAREHOUSES, "One warehouse, as registered.", "the warehouse id",
                    List.of(), InventoryCatalogProjection.class, WarehouseDocument.class));

    private InventoryReadModels() {
    }
}
