package dev.urakata.query.inventory;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.inventory.ListStockItemsQuery;
import dev.urakata.shared.inventory.ListWarehousesQuery;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockItemSummary;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.inventory.WarehouseRegisteredEvent;
import dev.urakata.shared.inventory.WarehouseSummary;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The warehouses and stock items on the embedded MongoDB-wire server, including redelivered registrations. */
class InventoryCatalogProjectionTest {

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private InventoryCatalogProjection projection;

    @BeforeEach
    void setUp() {
        projection = new InventoryCatalogProjection(mongo.template());
    }

    void register() {
        projection.on(new WarehouseRegisteredEvent(new WarehouseId("wh-2"), "OSA", "Osaka"));
        projection.on(new WarehouseRegisteredEvent(new WarehouseId("wh-1"), "KOB", "Kobe"));
        projection.on(new StockItemRegisteredEvent(new StockItemId("item-2"), "SKU-2", "Nut", "pcs", "JPY"));
        projection.on(new StockItemRegisteredEvent(new StockItemId("item-1"), "SKU-1", "Oil", "l", "JPY"));
    }

    @Test
    void listsWarehousesByCodeAndItemsBySku() {
        register();

        assertThat(projection.handle(new ListWarehousesQuery(0, 10)).items()).containsExactly(
                new WarehouseSummary(new WarehouseId("wh-1"), "KOB", "Kobe"),
                new WarehouseSummary(new WarehouseId("wh-2"), "OSA", "Osaka"));
        assertThat(projection.handle(new ListStockItemsQuery(null, 0, 10)).items()).containsExactly(
                new StockItemSummary(new StockItemId("item-1"), "SKU-1", "Oil", "l", "JPY"),
                new StockItemSummary(new StockItemId("item-2"), "SKU-2", "Nut", "pcs", "JPY"));
        assertThat(projection.handle(new ListStockItemsQuery("SKU-2", 0, 10)).items())
                .extracting(StockItemSummary::name).containsExactly("Nut");
        assertConforms(mongo.template(), InventoryCatalogProjection.WAREHOUSES);
        assertConforms(mongo.template(), InventoryCatalogProjection.ITEMS);
    }

    @Test
    void aRedeliveredRegistrationChangesNothing() {
        register();
        List<Document> warehouses = mongo.template().findAll(Document.class, InventoryCatalogProjection.WAREHOUSES);
        List<Document> items = mongo.template().findAll(Document.class, InventoryCatalogProjection.ITEMS);

        register();

        assertThat(mongo.template().findAll(Document.class, InventoryCatalogProjection.WAREHOUSES))
                .isEqualTo(warehouses);
        assertThat(mongo.template().findAll(Document.class, InventoryCatalogProjection.ITEMS)).isEqualTo(items);
    }
}
