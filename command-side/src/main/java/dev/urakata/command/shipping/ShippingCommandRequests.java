package dev.urakata.command.shipping;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the shipping command endpoints, with the shape checks that come before any business rule. */
final class ShippingCommandRequests {

    private ShippingCommandRequests() {
    }

    /** Lines are numbered 1, 2, 3... in the order given. */
    record CreateShipment(
            @NotBlank @Size(max = 100) String orderReference,
            @NotNull WarehouseId warehouseId,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {
    }

    @Schema(name = "ShipmentLineRequest")

    record Line(
            @NotNull StockItemId itemId,
            @NotNull @Positive @DecimalMax("1000000000") BigDecimal quantity) {
    }

    record Ship(
            @NotBlank @Size(max = 100) String carrier,
            @NotBlank @Size(max = 100) String trackingNumber) {
    }

    @Schema(name = "CancelShipment")

    record Cancel(@Size(max = 2000) String reason) {
    }

    /** The answer to every shipping command: which shipment it concerned. */
    record ShipmentIdResponse(String shipmentId) {
    }
}
