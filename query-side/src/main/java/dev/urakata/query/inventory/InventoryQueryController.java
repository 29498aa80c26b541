package dev.urakata.query.inventory;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.EffectiveOn;
import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Stock levels, the stock ledger and positions at past dates. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.
 */
@JsonApi("/api/inventory")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Inventory views", description = "Warehouses, items, stock levels, low stock, the stock ledger and stock "
        + "as of a past date. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class InventoryQueryController {

    private final ReadQueries queries;

    InventoryQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/warehouses")
    @Operation(summary = "Warehouses, by code")
    WarehousePage warehouses(@Paging.DefaultSize(50) Paging paging) {
        return queries.answer(new ListWarehousesQuery(paging.page(), paging.size()), WarehousePage.class);
    }

    @GetMapping("/items")
    @Operation(summary = "Stock items, by SKU")
    StockItemPage items(@RequestParam(required = false) String sku, @Paging.DefaultSize(50) Paging paging) {
        return queries.answer(new ListStockItemsQuery(sku, paging.page(), paging.size()), StockItemPage.class);
    }

    @GetMapping("/stock")
    @Operation(summary = "Stock now per item and warehouse",
            description = "With asOf (a date or an instant) the answer is what was on hand then, and its value, "
                    + "replayed from the stock ledger; see /stock/as-of. Stock moves when a movement is recorded, so "
                    + "effectiveOn (a date) is the position at the end of that day (UTC), and with asOf, at the "
                    + "earlier of the two.")
    @ApiResponse(responseCode = "200", description = "Levels now, or with asOf the positions then",
            content = @Content(mediaType = "application/json", schema = @Schema(
                    anyOf = {StockLevelPage.class, StockPositionPage.class})))
    Object stock(@RequestParam(required = false) StockItemId itemId,
                 @RequestParam(required = false) WarehouseId warehouseId,
                 @RequestParam(defaultValue = "false") boolean lowStock,
                 @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String effectiveOn,
                 @Paging.DefaultSize(50) Paging paging) {
        if (asOf != null || effectiveOn != null) {
            return positions(asOf, effectiveOn, itemId, warehouseId, paging);
        }
        return queries.answer(new ListStockLevelsQuery(itemId, warehouseId, lowStock, paging.page(), paging.size()),
                StockLevelPage.class);
    }

    @GetMapping("/stock/low")
    @Operation(summary = "Levels whose available stock is below the reorder level")
    StockLevelPage lowStock(@Paging.DefaultSize(50) Paging paging) {
        return queries.answer(new ListStockLevelsQuery(null, null, true, paging.page(), paging.size()),
                StockLevelPage.class);
    }

    @GetMapping("/stock/as-of")
    @Operation(summary = "What was on hand, and its value, at a past date or instant",
            description = "effectiveOn (a date) as well: at the end of that day or at asOf, whichever is earlier.")
    StockPositionPage stockAsOf(@RequestParam String asOf,
                                @RequestParam(required = false) String effectiveOn,
                                @RequestParam(required = false) StockItemId itemId,
                                @RequestParam(required = false) WarehouseId warehouseId,
                                @Paging.DefaultSize(50) Paging paging) {
        return positions(asOf, effectiveOn, itemId, warehouseId, paging);
    }

    /**
     * Positions at the earlier of asOf and the end of effectiveOn: a stock movement has no date of its own but the
     * moment it was recorded, so for stock the day something was in force and the day it was known coincide.
     */
    private StockPositionPage positions(String asOf, String effectiveOn, StockItemId itemId, WarehouseId warehouseId,
                                        Paging paging) {
        Instant at = asOf == null ? null : AsOf.parse(asOf);
        LocalDate day = EffectiveOn.parse(effectiveOn);
        if (day != null) {
            Instant endOfDay = AsOf.endOf(day);
            at = at == null || endOfDay.isBefore(at) ? endOfDay : at;
        }
        return queries.answer(new StockPositionsAsOfQuery(at, itemId, warehouseId, paging.page(), paging.size()),
                StockPositionPage.class);
    }

    @GetMapping("/items/{itemId}/ledger")
    @Operation(summary = "Every movement of an item, oldest first, with running quantity and value")
    StockLedgerPage ledger(@PathVariable StockItemId itemId, @RequestParam(required = false) WarehouseId warehouseId,
                           @Paging.DefaultSize(50) Paging paging) {
        return queries.answer(new StockLedgerQuery(itemId, warehouseId, paging.page(), paging.size()),
                StockLedgerPage.class);
    }
}
