package dev.urakata.query.analysts;

import dev.urakata.query.inventory.StockLevelProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.BOOLEAN;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMAL;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMALS_BY_ID;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The inventory read models in the analysts' catalogue. */
final class InventoryReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(StockLevelProjection.LEVELS, "Current stock of one item in one warehouse.",
                    "item id, `@`, warehouse id", List.of(), StockLevelProjection.class, List.of(
                    field("itemId", STRING, "the stock item"),
                    field("warehouseId", STRING, "the warehouse"),
                    field("sku", STRING, "the item's stock-keeping unit"),
                    field("name", STRING, "the item's name"),
                    field("unitOfMeasure", STRING, "the unit quantities are counted in"),
                    field("onHand", DECIMAL, "quantity on hand"),
                    field("value", MONEY, "value of the quantity on hand at average cost"),
                    field("reservations", DECIMALS_BY_ID, "reserved quantity per reservation id"),
                    field("incoming", DECIMALS_BY_ID, "quantity in transit to this warehouse per"
                            + " transfer id"),
                    optional("reorderLevel", DECIMAL, "the level below which a purchase is proposed"),
                    field("belowReorderLevel", BOOLEAN, "whether on hand is below the reorder level"),
                    field("lastSequence", LONG, "the item's last event applied (for idempotency)"))));

    private InventoryReadModels() {
    }
}
