package dev.urakata.command.purchasing;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the purchasing command endpoints, with the shape checks that come before any business rule. */
final class PurchasingCommandRequests {

    /** Quantities above this are input errors, and refusing them keeps sums far from any overflow. */
    static final String MAX_QUANTITY = "1000000000";

    private PurchasingCommandRequests() {
    }

    record RegisterSupplier(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String contactEmail,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as JPY") String currency) {
    }

    /**
     * Lines are numbered 1, 2, 3... in the order given. {@code department} is optional: the budget its supplier
     * invoices are charged to.
     */
    record DraftOrder(
            @NotNull SupplierId supplierId,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull OrderLine> lines,
            @Size(max = 100) String department) {
    }

    record OrderLine(
            @NotNull StockItemId itemId,
            @NotNull WarehouseId warehouseId,
            @NotNull @Positive @DecimalMax(MAX_QUANTITY) BigDecimal quantity,
            @NotNull @PlausibleAmount Money unitCost) {
    }

    /** {@code receiptId} is the delivery note's id; one is generated when it is left out. */
    record ReceiveGoods(
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+",
                    message = "may contain only letters, digits, '_' and '-'") String receiptId,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ReceiptLine> lines) {
    }

    record ReceiptLine(
            @NotNull @Min(1) Integer lineNumber,
            @NotNull @Positive @DecimalMax(MAX_QUANTITY) BigDecimal quantity) {
    }

    @Schema(name = "CancelPurchaseOrder")

    record Cancel(@Size(max = 2000) String reason) {
    }

    /** A supplier's invoice against the order; each line names the order line it bills. */
    record RecordSupplierInvoice(
            @NotBlank @Size(max = 64) String invoiceNumber,
            @NotNull @PlausibleDate LocalDate invoiceDate,
            @NotNull @PlausibleDate LocalDate dueDate,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull SupplierInvoiceLine> lines) {
    }

    @Schema(name = "SupplierInvoiceLineRequest")

    record SupplierInvoiceLine(
            @NotNull @Min(1) Integer lineNumber,
            @NotNull @Positive @DecimalMax(MAX_QUANTITY) BigDecimal quantity,
            @NotNull @PlausibleAmount Money unitPrice,
            @NotBlank @Size(max = 32) String taxCode) {
    }

    record PaySupplierInvoice(@NotNull @PlausibleDate LocalDate paidOn) {
    }

    /** The answer to supplier-invoice commands. */
    record SupplierInvoiceResponse(String purchaseOrderId, String supplierInvoiceId) {
    }

    /** The answer to supplier commands. */
    record SupplierIdResponse(String supplierId) {
    }

    /** The answer to purchase-order commands. */
    record PurchaseOrderIdResponse(String purchaseOrderId) {
    }

    /** The answer to a receipt: the order and the receipt id (generated or given). */
    record ReceiptResponse(String purchaseOrderId, String receiptId) {
    }
}
