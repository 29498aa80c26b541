package dev.urakata.query.analysts;

import dev.urakata.query.purchasing.PurchaseOrderProjection;
import dev.urakata.query.purchasing.SupplierProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.ARRAY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The purchasing read models in the analysts' catalogue. */
final class PurchasingReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(PurchaseOrderProjection.COLLECTION, "One purchase order with its lines, the goods"
                    + " received and the supplier's invoices, as it stands now.", "the purchase order id", List.of(),
                    PurchaseOrderProjection.class, List.of(
                    field("supplierId", STRING, "the supplier"),
                    field("status", STRING, "`DRAFT`, `APPROVED`, `SENT`, `PARTIALLY_RECEIVED`,"
                            + " `FULLY_RECEIVED`, `CLOSED` or `CANCELLED`"),
                    field("origin", STRING, "`MANUAL`, or `REORDER` when proposed by a reorder level"),
                    optional("draftedBy", STRING, "who drafted it (absent when unknown)"),
                    field("draftedAt", INSTANT, "when it was drafted"),
                    optional("approvedBy", STRING, "who approved it"),
                    field("lines", ARRAY, "one per line: `lineNumber`, `itemId`, `warehouseId`, `quantity`"
                            + " (decimal), `unitCost` (money), `received` (decimal, so far) and, once a supplier"
                            + " invoice bills the line, `invoiced` (decimal)"),
                    field("total", MONEY, "the sum over the lines of quantity times unit cost, each rounded to"
                            + " the currency"),
                    field("receiptIds", ARRAY, "the goods receipts booked against it"),
                    optional("department", STRING, "the department it was ordered for"),
                    field("supplierInvoices", ARRAY, "the supplier's invoices for it: `supplierInvoiceId`,"
                            + " `invoiceNumber`, `invoiceDate` and `dueDate` (YYYY-MM-DD), `net`, `tax` and `gross`"
                            + " (money) and, once paid, `paidOn` (YYYY-MM-DD)"),
                    optional("cancelReason", STRING, "why it was cancelled"),
                    field("lastSequence", LONG, "the order's last event applied (for idempotency)"))),
            new ReadModel(SupplierProjection.COLLECTION, "One supplier, as registered.", "the supplier id",
                    List.of(), SupplierProjection.class, List.of(
                    field("name", STRING, "the supplier's name"),
                    field("contactEmail", STRING, "the contact's e-mail address (personal data: `[erased]` once"
                            + " the contact's data is erased)"),
                    field("currency", STRING, "ISO 4217 code the supplier invoices in"),
                    field("lastSequence", LONG, "the supplier's last event applied (for idempotency)"))));

    private PurchasingReadModels() {
    }
}
