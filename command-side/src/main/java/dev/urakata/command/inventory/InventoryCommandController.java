package dev.urakata.command.inventory;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.shared.inventory.AdjustStockCountCommand;
import dev.urakata.shared.inventory.DispatchTransferCommand;
import dev.urakata.shared.inventory.IssueReservedStockCommand;
import dev.urakata.shared.inventory.IssueStockCommand;
import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.inventory.ReceiveTransferCommand;
import dev.urakata.shared.inventory.RegisterStockItemCommand;
import dev.urakata.shared.inventory.RegisterWarehouseCommand;
import dev.urakata.shared.inventory.ReleaseReservationCommand;
import dev.urakata.shared.inventory.ReserveStockCommand;
import dev.urakata.shared.inventory.SetReorderPolicyCommand;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Warehouses, stock items and stock movements. Roles: ADMIN, OPERATIONS. */
@RestController
@RequestMapping(path = "/api/inventory", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS')")
@Tag(name = "Inventory commands", description = "Register warehouses and items; receive, issue, reserve, transfer "
        + "and count stock. Roles: ADMIN, OPERATIONS.")
class InventoryCommandController {

    private final Commands commands;

    InventoryCommandController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/warehouses")
    @Operation(summary = "Register a warehouse", description = "201 with the new warehouse's id.")
    ResponseEntity<InventoryCommandRequests.Created> registerWarehouse(@Valid @RequestBody InventoryCommandRequests.RegisterWarehouse request) {
        WarehouseId id = WarehouseId.newId();
        return commands.create(new RegisterWarehouseCommand(id, request.code(), request.name()),
                "/api/inventory/warehouses/" + id, new InventoryCommandRequests.Created(id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/items")
    @Operation(summary = "Register a stock item", description = "201 with the new item's id. The SKU is unique.")
    ResponseEntity<InventoryCommandRequests.Created> registerItem(@Valid @RequestBody InventoryCommandRequests.RegisterItem request) {
        StockItemId id = StockItemId.newId();
        return commands.create(new RegisterStockItemCommand(id, request.sku(), request.name(),
                request.unitOfMeasure(), request.currency()), "/api/inventory/items/" + id,
                new InventoryCommandRequests.Created(id.value()));
    }

    @PostMapping("/items/{itemId}/reorder-policies")
    @Operation(summary = "Set when an item is reordered for a warehouse, how much and from whom",
            description = "supplierPrice (optional, in the item's currency) is the unit price a proposal is drafted "
                    + "at; without it the item's own cost is used, which a new item never received does not have "
                    + "(then no proposal is drafted). A proposal still unapproved when the shortage ends is "
                    + "cancelled. 422 UNKNOWN_SUPPLIER when supplierId names no supplier, UNKNOWN_WAREHOUSE "
                    + "likewise.")
    ResponseEntity<InventoryCommandRequests.ReorderPolicySet> setReorderPolicy(@PathVariable StockItemId itemId,
                                       @Valid @RequestBody InventoryCommandRequests.SetReorderPolicy request) {
        // the reorder saga drafts purchase orders from this supplier later, where nobody could be told
        commands.requireReference(request.supplierId(), Kind.SUPPLIER, "supplierId");
        // a policy moves no stock: the answer names the item and warehouse it is for, not a movement
        return commands.send(new SetReorderPolicyCommand(itemId, request.warehouseId(), request.reorderLevel(),
                request.reorderQuantity(), request.supplierId(), request.supplierPrice()),
                new InventoryCommandRequests.ReorderPolicySet(itemId.value(), request.warehouseId().value()));
    }

    @PostMapping("/items/{itemId}/receipts")
    @Operation(summary = "Receive stock at a unit cost")
    ResponseEntity<InventoryCommandRequests.Moved> receive(@PathVariable StockItemId itemId,
                              @Valid @RequestBody InventoryCommandRequests.Receive request) {
        return move(itemId, movement -> new ReceiveStockCommand(itemId,
                request.warehouseId(), movement, request.quantity(), request.unitCost(), request.reference()));
    }

    @PostMapping("/items/{itemId}/issues")
    @Operation(summary = "Issue available stock", description = "422 INSUFFICIENT_STOCK when not enough is available.")
    ResponseEntity<InventoryCommandRequests.Moved> issue(@PathVariable StockItemId itemId,
                            @Valid @RequestBody InventoryCommandRequests.Issue request) {
        return move(itemId, movement -> new IssueStockCommand(itemId,
                request.warehouseId(), movement, request.quantity(), request.reference()));
    }

    @PostMapping("/items/{itemId}/reservations")
    @Operation(summary = "Reserve available stock", description = "The answer's movementId is the reservation id.")
    ResponseEntity<InventoryCommandRequests.Moved> reserve(@PathVariable StockItemId itemId,
                              @Valid @RequestBody InventoryCommandRequests.Reserve request) {
        return move(itemId, reservation -> new ReserveStockCommand(itemId,
                request.warehouseId(), reservation, request.quantity(), request.reference()));
    }

    @PostMapping("/items/{itemId}/reservations/{reservationId}/release")
    @Operation(summary = "Release a reservation")
    ResponseEntity<InventoryCommandRequests.Moved> release(@PathVariable StockItemId itemId, @PathVariable String reservationId,
                              @Valid @RequestBody InventoryCommandRequests.Release request) {
        return move(itemId, movement -> new ReleaseReservationCommand(itemId, reservationId, request.reason()));
    }

    @PostMapping("/items/{itemId}/reservations/{reservationId}/issue")
    @Operation(summary = "Issue (pick) the stock of a reservation")
    ResponseEntity<InventoryCommandRequests.Moved> pick(@PathVariable StockItemId itemId, @PathVariable String reservationId,
                           @Valid @RequestBody InventoryCommandRequests.Pick request) {
        return move(itemId, movement -> new IssueReservedStockCommand(itemId, reservationId, movement,
                request.reference()));
    }

    @PostMapping("/items/{itemId}/transfers")
    @Operation(summary = "Dispatch stock to another warehouse", description = "The answer's movementId is the "
            + "transfer id; the stock is in transit until the transfer is received.")
    ResponseEntity<InventoryCommandRequests.Moved> dispatch(@PathVariable StockItemId itemId,
                               @Valid @RequestBody InventoryCommandRequests.Transfer request) {
        return move(itemId, transfer -> new DispatchTransferCommand(itemId, transfer,
                request.fromWarehouseId(), request.toWarehouseId(), request.quantity()));
    }

    @PostMapping(path = "/items/{itemId}/transfers/{transferId}/receive", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Receive a transfer at its destination")
    ResponseEntity<InventoryCommandRequests.Moved> receiveTransfer(@PathVariable StockItemId itemId, @PathVariable String transferId) {
        return move(itemId, movement -> new ReceiveTransferCommand(itemId, transferId));
    }

    @PostMapping("/items/{itemId}/counts")
    @Operation(summary = "Correct the quantity on hand to a physical count")
    ResponseEntity<InventoryCommandRequests.Moved> count(@PathVariable StockItemId itemId,
                            @Valid @RequestBody InventoryCommandRequests.Count request) {
        return move(itemId, movement -> new AdjustStockCountCommand(itemId,
                request.warehouseId(), movement, request.countedQuantity(), request.reason()));
    }


    /** Sends a command about one item under a new movement id, answering with that id. */
    private ResponseEntity<InventoryCommandRequests.Moved> move(StockItemId itemId, java.util.function.Function<String, Object> command) {
        String movementId = UUID.randomUUID().toString(); // a replayed request answers the first one's id instead
        return commands.send(command.apply(movementId), new InventoryCommandRequests.Moved(itemId.value(), movementId));
    }
}
