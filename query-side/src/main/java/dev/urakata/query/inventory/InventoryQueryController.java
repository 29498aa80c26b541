package dev.urakata.query.inventory;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.AsOf;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.inventory.ListStockItemsQuery;
import dev.urakata.shared.inventory.ListStockLevelsQuery;
import dev.urakata.shared.inventory.ListWarehousesQuery;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemPage;
import dev.urakata.shared.inventory.StockLedgerPage;
import dev.urakata.shared.inventory.StockLedgerQuery;
import dev.urakata.shared.inventory.StockLevelPage;
import dev.urakata.shared.inventory.StockPositionPage;
import dev.urakata.shared.inventory.StockPositionsAsOfQuery;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.inventory.WarehousePage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stock levels, the stock ledger and positions at past dates. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.
 */
@JsonApi("/api/inventory")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Inventory views", description = "Warehouses, items, stock levels, low stock, the stock ledger and stock "
        + "as of a past date. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class InventoryQueryController {

    private final QueryGateway queries;
    private final QueryResults results;

    InventoryQueryController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping("/warehouses")
    @Operation(summary = "Warehouses, by code")
    WarehousePage warehouses(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListWarehousesQuery(page, size), WarehousePage.class));
    }

    @GetMapping("/items")
    @Operation(summary = "Stock items, by SKU")
    StockItemPage items(@RequestParam(required = false) String sku, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListStockItemsQuery(sku, page, size), StockItemPage.class));
    }

    @GetMapping("/stock")
    @Operation(summary = "Stock now per item and warehouse",
            description = "With asOf (a date or an instant) the answer is what was on hand then, and its value, "
                    + "replayed from the stock ledger; see /stock/as-of.")
    Object stock(@RequestParam(required = false) StockItemId itemId,
                 @RequestParam(required = false) WarehouseId warehouseId,
                 @RequestParam(defaultValue = "false") boolean lowStock,
                 @RequestParam(required = false) String asOf,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (asOf != null) {
            return stockAsOf(asOf, itemId, warehouseId, page, size);
        }
        results.checkPaging(page, size);
        return results.await(queries.query(new ListStockLevelsQuery(itemId, warehouseId, lowStock, page, size),
                StockLevelPage.class));
    }

    @GetMapping("/stock/low")
    @Operation(summary = "Levels whose available stock is below the reorder level")
    StockLevelPage lowStock(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListStockLevelsQuery(null, null, true, page, size),
                StockLevelPage.class));
    }

    @GetMapping("/stock/as-of")
    @Operation(summary = "What was on hand, and its value, at a past date or instant")
    StockPositionPage stockAsOf(@RequestParam String asOf,
                                @RequestParam(required = false) StockItemId itemId,
                                @RequestParam(required = false) WarehouseId warehouseId,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new StockPositionsAsOfQuery(AsOf.parse(asOf), itemId, warehouseId, page,
                size), StockPositionPage.class));
    }

    @GetMapping("/items/{itemId}/ledger")
    @Operation(summary = "Every movement of an item, oldest first, with running quantity and value")
    StockLedgerPage ledger(@PathVariable StockItemId itemId, @RequestParam(required = false) WarehouseId warehouseId,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new StockLedgerQuery(itemId, warehouseId, page, size),
                StockLedgerPage.class));
    }
}
