package dev.urakata.query.analysts;

import dev.urakata.query.purchasing.PurchaseOrderDocument;
import dev.urakata.query.purchasing.PurchaseOrderProjection;
import dev.urakata.query.purchasing.SupplierDocument;
import dev.urakata.query.purchasing.SupplierProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/** The purchasing read models in the analysts' catalogue. */
final class PurchasingReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(PurchaseOrderProjection.COLLECTION, "One purchase order with its lines, the goods"
                    + " received and the supplier's invoices, as it stands now.", "the purchase order id", List.of(),
                    PurchaseOrderProjection.class, PurchaseOrderDocument.class),
            new ReadModel(SupplierProjection.COLLECTION, "One supplier, as registered.", "the supplier id",
                    List.of(), SupplierProjection.class, SupplierDocument.class));

    private PurchasingReadModels() {
    }
}
