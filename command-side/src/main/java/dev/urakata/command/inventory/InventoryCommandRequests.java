package dev.urakata.command.inventory;

import dev.urakata.command.web.PlausibleAmount;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The JSON bodies of the inventory command endpoints, with the shape checks that come before any business rule. */
final class InventoryCommandRequests {

    private InventoryCommandRequests() {
    }

    record RegisterWarehouse(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
            @NotBlank @Size(max = 100) String name) {
    }

    record RegisterItem(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String sku,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 16) String unitOfMeasure,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record SetReorderPolicy(
            @NotNull WarehouseId warehouseId,
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal reorderLevel,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3)
            BigDecimal reorderQuantity,
            @NotNull SupplierId supplierId,
            @PlausibleAmount Money supplierPrice) {
    }

    record Receive(
            @NotNull WarehouseId warehouseId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotNull Money unitCost,
            @Size(max = 200) String reference) {
    }

    record Issue(
            @NotNull WarehouseId warehouseId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @Size(max = 200) String reference) {
    }

    record Reserve(
            @NotNull WarehouseId warehouseId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @Size(max = 200) String reference) {
    }

    record Release(@Size(max = 200) String reason) {
    }

    record Pick(@Size(max = 200) String reference) {
    }

    @Schema(name = "StockTransferRequest")

    record Transfer(
            @NotNull WarehouseId fromWarehouseId,
            @NotNull WarehouseId toWarehouseId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3)
            BigDecimal quantity) {
    }

    record Count(
            @NotNull WarehouseId warehouseId,
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal countedQuantity,
            @NotBlank @Size(max = 200) String reason) {
    }

    /** Answers a command that created something. */
    @Schema(name = "StockItemCreated")
    record Created(String id) {
    }

    /** Answers a stock movement: the movement's id (for the ledger) and the item. */
    record Moved(String itemId, String movementId) {
    }

    /** The answer to a reorder policy: the item and the warehouse it now applies to. */
    record ReorderPolicySet(String itemId, String warehouseId) {
    }
}
