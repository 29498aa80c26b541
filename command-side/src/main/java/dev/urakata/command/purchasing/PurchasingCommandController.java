package dev.urakata.command.purchasing;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.ApprovePurchaseOrderCommand;
import dev.urakata.shared.purchasing.CancelPurchaseOrderCommand;
import dev.urakata.shared.purchasing.ClosePurchaseOrderCommand;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.PaySupplierInvoiceCommand;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.ReceivePurchaseOrderGoodsCommand;
import dev.urakata.shared.purchasing.ReceivedLine;
import dev.urakata.shared.purchasing.RecordSupplierInvoiceCommand;
import dev.urakata.shared.purchasing.RegisterSupplierCommand;
import dev.urakata.shared.purchasing.SendPurchaseOrderCommand;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoiceLine;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Purchasing decisions: register suppliers; draft, approve, send, receive, close and cancel purchase orders.
 * Roles: ADMIN, OPERATIONS. Actions without parameters (approve, send, close) take no body. Supplier invoices
 * (accounts payable) are recorded and paid by ADMIN or FINANCE.
 */
@JsonApi("/api/purchasing")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS')")
@Tag(name = "Purchasing commands", description = "Suppliers and purchase orders. Roles: ADMIN, OPERATIONS.")
class PurchasingCommandController {

    private final Commands commands;

    PurchasingCommandController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/suppliers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a supplier", description = "201 with the new supplier's id and Location.")
    ResponseEntity<PurchasingCommandRequests.SupplierIdResponse> registerSupplier(@Valid @RequestBody PurchasingCommandRequests.RegisterSupplier request) {
        SupplierId id = SupplierId.newId();
        return commands.create(new RegisterSupplierCommand(id, request.name(), request.contactEmail(),
                request.currency()),
                "/api/purchasing/suppliers/" + id, new PurchasingCommandRequests.SupplierIdResponse(id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a purchase order",
            description = "201 with the new order's id and Location. Lines are numbered in the order given; "
                    + "another user must approve it. 422 UNKNOWN_SUPPLIER, UNKNOWN_STOCK_ITEM or UNKNOWN_WAREHOUSE "
                    + "when an id names no supplier, item or warehouse.")
    ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> draft(@Valid @RequestBody PurchasingCommandRequests.DraftOrder request) {
        commands.requireReference(request.supplierId(), Kind.SUPPLIER, "supplierId");
        commands.requireReferences(request.lines().stream().map(PurchasingCommandRequests.OrderLine::itemId)
                .toList(), Kind.STOCK_ITEM, "itemId");
        commands.requireReferences(request.lines().stream().map(PurchasingCommandRequests.OrderLine::warehouseId)
                .toList(), Kind.WAREHOUSE, "warehouseId");
        PurchaseOrderId id = PurchaseOrderId.newId();
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (PurchasingCommandRequests.OrderLine line : request.lines()) {
            lines.add(new PurchaseOrderLine(lines.size() + 1, line.itemId(), line.warehouseId(), line.quantity(),
                    line.unitCost()));
        }
        return commands.create(new DraftPurchaseOrderCommand(id, request.supplierId(), lines,
                PurchaseOrderOrigin.MANUAL.name(), request.department()),
                "/api/purchasing/orders/" + id, new PurchasingCommandRequests.PurchaseOrderIdResponse(id.value()));
    }

    @PostMapping("/orders/{purchaseOrderId}/approve")
    @Operation(summary = "Approve a drafted purchase order", description = "The approver must not be its drafter.")
    ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> approve(@PathVariable PurchaseOrderId purchaseOrderId) {
        return send(purchaseOrderId, new ApprovePurchaseOrderCommand(purchaseOrderId));
    }

    @PostMapping("/orders/{purchaseOrderId}/send")
    @Operation(summary = "Record that an approved purchase order was sent to the supplier")
    ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> sendToSupplier(@PathVariable PurchaseOrderId purchaseOrderId) {
        return send(purchaseOrderId, new SendPurchaseOrderCommand(purchaseOrderId));
    }

    @PostMapping(path = "/orders/{purchaseOrderId}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive goods against a sent purchase order",
            description = "A receiptId already applied is recognised and books nothing again.")
    ResponseEntity<PurchasingCommandRequests.ReceiptResponse> receive(@PathVariable PurchaseOrderId purchaseOrderId,
                              @Valid @RequestBody PurchasingCommandRequests.ReceiveGoods request) {
        String receiptId = request.receiptId() != null ? request.receiptId() : UUID.randomUUID().toString();
        List<ReceivedLine> lines = request.lines().stream()
                .map(line -> new ReceivedLine(line.lineNumber(), line.quantity())).toList();
        return commands.send(new ReceivePurchaseOrderGoodsCommand(purchaseOrderId, receiptId, lines),
                new PurchasingCommandRequests.ReceiptResponse(purchaseOrderId.value(), receiptId));
    }

    @PostMapping("/orders/{purchaseOrderId}/close")
    @Operation(summary = "Close a fully received purchase order")
    ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> close(@PathVariable PurchaseOrderId purchaseOrderId) {
        return send(purchaseOrderId, new ClosePurchaseOrderCommand(purchaseOrderId));
    }

    @PostMapping(path = "/orders/{purchaseOrderId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a purchase order not yet sent")
    ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> cancel(@PathVariable PurchaseOrderId purchaseOrderId,
                             @Valid @RequestBody PurchasingCommandRequests.Cancel request) {
        return send(purchaseOrderId, new CancelPurchaseOrderCommand(purchaseOrderId, request.reason()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/orders/{purchaseOrderId}/supplier-invoices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Record a supplier's invoice against a purchase order (three-way match)",
            description = "201 with the new supplier invoice's id. Each line may bill up to what was received "
                    + "(422 OVER_INVOICED) at exactly the order's unit cost (422 INVOICE_PRICE_MISMATCH); the "
                    + "invoice number is unique per supplier (409 DUPLICATE_SUPPLIER_INVOICE). Roles: ADMIN, FINANCE.")
    ResponseEntity<PurchasingCommandRequests.SupplierInvoiceResponse> recordSupplierInvoice(@PathVariable PurchaseOrderId purchaseOrderId,
                                            @Valid @RequestBody PurchasingCommandRequests.RecordSupplierInvoice request) {
        SupplierInvoiceId id = SupplierInvoiceId.newId();
        List<SupplierInvoiceLine> lines = request.lines().stream().map(line -> new SupplierInvoiceLine(
                line.lineNumber(), line.quantity(), line.unitPrice(), line.taxCode())).toList();
        return commands.create(new RecordSupplierInvoiceCommand(purchaseOrderId, id, request.invoiceNumber(),
                request.invoiceDate(), request.dueDate(), lines),
                "/api/purchasing/orders/" + purchaseOrderId + "/supplier-invoices/" + id,
                new PurchasingCommandRequests.SupplierInvoiceResponse(purchaseOrderId.value(), id.value()));
    }

    @PostMapping(path = "/orders/{purchaseOrderId}/supplier-invoices/{supplierInvoiceId}/pay",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Pay a recorded supplier invoice in full",
            description = "409 SUPPLIER_INVOICE_ALREADY_PAID when paid before. Roles: ADMIN, FINANCE.")
    ResponseEntity<PurchasingCommandRequests.SupplierInvoiceResponse> paySupplierInvoice(@PathVariable PurchaseOrderId purchaseOrderId,
                                         @PathVariable SupplierInvoiceId supplierInvoiceId,
                                         @Valid @RequestBody PurchasingCommandRequests.PaySupplierInvoice request) {
        return commands.send(new PaySupplierInvoiceCommand(purchaseOrderId, supplierInvoiceId, request.paidOn()),
                new PurchasingCommandRequests.SupplierInvoiceResponse(purchaseOrderId.value(),
                        supplierInvoiceId.value()));
    }

    private ResponseEntity<PurchasingCommandRequests.PurchaseOrderIdResponse> send(PurchaseOrderId purchaseOrderId, Object command) {
        return commands.send(command, new PurchasingCommandRequests.PurchaseOrderIdResponse(purchaseOrderId.value()));
    }
}
