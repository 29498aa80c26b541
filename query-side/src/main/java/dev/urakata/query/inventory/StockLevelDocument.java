package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.util.Map;

/** A document of {@code inventory_stock_levels}: current stock of one item in one warehouse, keyed item@warehouse. */
public record StockLevelDocument(
        @Id String id,
        @Meaning("the stock item") String itemId,
        @Meaning("the warehouse") String warehouseId,
        @Meaning("the item's stock-keeping unit") String sku,
        @Meaning("the item's name") String name,
        @Meaning("the unit quantities are counted in") String unitOfMeasure,
        @Meaning("quantity on hand") BigDecimal onHand,
        @Meaning("value of the quantity on hand at average cost") Money value,
        @Meaning("reserved quantity per reservation id") Map<String, BigDecimal> reservations,
        @Meaning("quantity in transit to this warehouse per transfer id") Map<String, BigDecimal> incoming,
        @Meaning(value = "the level below which a purchase is proposed", optional = true) BigDecimal reorderLevel,
        @Meaning("whether on hand is below the reorder level") boolean belowReorderLevel,
        @Meaning("the item's last event applied (for idempotency)") long lastSequence) {

    /** An item's level in a warehouse before its first movement there. */
    static StockLevelDocument empty(String id, String itemId, String warehouseId, InventoryItemDocument item) {
        return new StockLevelDocument(id, itemId, warehouseId, item.sku(), item.name(), item.unitOfMeasure(),
                BigDecimal.ZERO, new Money(BigDecimal.ZERO, item.currency()), Map.of(), Map.of(), null, false, -1L);
    }
}
