package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.query.shipping.ShipmentDocument;
import dev.urakata.query.shipping.ShipmentProjection;

import java.util.List;

/** The shipping read models in the analysts' catalogue. */
final class ShippingReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ShipmentProjection.COLLECTION, "One shipment of goods from one warehouse, as it stands"
                    + " now.", "the shipment id", List.of(), ShipmentProjection.class, ShipmentDocument.class));

    private ShippingReadModels() {
    }
}
