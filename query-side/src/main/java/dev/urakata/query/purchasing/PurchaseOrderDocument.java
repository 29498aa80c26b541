package dev.urakata.query.purchasing;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.PurchaseOrderStatus;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document of {@code purchasing_orders}: one purchase order as it stands now, keyed by purchase order id. */
public record PurchaseOrderDocument(
        @Id String id,
        @Meaning("the supplier") String supplierId,
        @Meaning("`DRAFT`, `APPROVED`, `SENT`, `PARTIALLY_RECEIVED`, `FULLY_RECEIVED`, `CLOSED` or `CANCELLED`")
        PurchaseOrderStatus status,
        @Meaning("`MANUAL`, or `REORDER` when proposed by a reorder level") PurchaseOrderOrigin origin,
        @Meaning(value = "who drafted it (absent when unknown)", optional = true) String draftedBy,
        @Meaning("when it was drafted") Instant draftedAt,
        @Meaning(value = "who approved it", optional = true) String approvedBy,
        @Meaning("one per line: `lineNumber`, `itemId`, `warehouseId`, `quantity` (decimal), `unitCost` (money),"
                + " `received` (decimal, so far) and, once a supplier invoice bills the line, `invoiced` (decimal)")
        List<Line> lines,
        @Meaning("the sum over the lines of quantity times unit cost, each rounded to the currency") Money total,
        @Meaning("the goods receipts booked against it") List<String> receiptIds,
        @Meaning(value = "the department it was ordered for", optional = true) String department,
        @Meaning("the supplier's invoices for it: `supplierInvoiceId`, `invoiceNumber`, `invoiceDate` and `dueDate`"
                + " (YYYY-MM-DD), `net`, `tax` and `gross` (money) and, once paid, `paidOn` (YYYY-MM-DD)")
        List<SupplierInvoice> supplierInvoices,
        @Meaning(value = "why it was cancelled", optional = true) String cancelReason,
        @Meaning("the order's last event applied (for idempotency)") long lastSequence) {

    /** One order line; {@code invoiced} is absent until a supplier invoice bills the line. */
    @Schema(name = "PurchaseOrderLine")
    public record Line(int lineNumber, String itemId, String warehouseId, BigDecimal quantity, Money unitCost,
                       BigDecimal received, BigDecimal invoiced) {

        /** The quantity invoiced so far: none until an invoice bills the line. */
        BigDecimal invoicedSoFar() {
            return invoiced == null ? BigDecimal.ZERO : invoiced;
        }

        Line receive(BigDecimal quantity) {
            return new Line(lineNumber, itemId, warehouseId, this.quantity, unitCost, received.add(quantity), invoiced);
        }

        Line invoice(BigDecimal quantity) {
            return new Line(lineNumber, itemId, warehouseId, this.quantity, unitCost, received,
                    invoicedSoFar().add(quantity));
        }
    }

    /** A supplier invoice recorded against the order; {@code paidOn} is absent while it is unpaid. */
    @Schema(name = "PurchaseOrderSupplierInvoice")
    public record SupplierInvoice(String supplierInvoiceId, String invoiceNumber, LocalDate invoiceDate,
                                  LocalDate dueDate, Money net, Money tax, Money gross, LocalDate paidOn) {

        SupplierInvoice paid(LocalDate on) {
            return new SupplierInvoice(supplierInvoiceId, invoiceNumber, invoiceDate, dueDate, net, tax, gross, on);
        }
    }
}
