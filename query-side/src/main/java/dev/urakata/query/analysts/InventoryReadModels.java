package dev.urakata.query.analysts;

import dev.urakata.query.inventory.StockLedgerProjection;
import dev.urakata.query.inventory.StockLevelDocument;
import dev.urakata.query.inventory.StockLevelProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.BOOLEAN;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMAL;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMALS_BY_ID;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The inventory read models in the analysts' catalogue. */
final class InventoryReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(StockLevelProjection.LEVELS, "Current stock of one item in one warehouse.",
                    "item id, `@`, warehouse id", List.of(), StockLevelProjection.class, StockLevelDocument.class),
            new ReadModel(StockLedgerProjection.LEDGER, "One movement of stock on hand of one item in one"
                    + " warehouse, signed (in positive, out negative), with the warehouse's running figures after it.",
                    "the event's id", List.of("recordedAt"), StockLedgerProjection.class, List.of(
                    field("itemId", STRING, "the stock item"),
                    field("warehouseId", STRING, "the warehouse whose stock moved"),
                    field("movementId", STRING, "the receipt, issue, count or transfer it belongs to"),
                    field("movementType", STRING, "`RECEIPT`, `ISSUE`, `TRANSFER_OUT`, `TRANSFER_IN` or"
                            + " `COUNT_ADJUSTMENT`"),
                    field("quantity", DECIMAL, "the change of the quantity on hand"),
                    field("value", MONEY, "the change of the stock's value at cost, signed as the quantity"),
                    field("onHandAfter", DECIMAL, "quantity on hand in the warehouse after it"),
                    field("valueAfter", MONEY, "value of the quantity on hand in the warehouse after it"),
                    optional("reference", STRING, "what it was for: an order or delivery note, the count's"
                            + " reason, or the other warehouse of a transfer"),
                    field("recordedAt", INSTANT, "when it was recorded"),
                    optional("user", STRING, "who caused it"),
                    field("sequence", LONG, "its position among the item's events: the order of the running"
                            + " figures"))));

    private InventoryReadModels() {
    }
}
