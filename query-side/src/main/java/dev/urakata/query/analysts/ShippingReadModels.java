package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.query.shipping.ShipmentProjection;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.ARRAY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The shipping read models in the analysts' catalogue. */
final class ShippingReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ShipmentProjection.COLLECTION, "One shipment of goods from one warehouse, as it stands"
                    + " now.", "the shipment id", List.of(), ShipmentProjection.class, List.of(
                    field("orderReference", STRING, "the customer order it ships"),
                    field("warehouseId", STRING, "the warehouse it ships from"),
                    field("status", STRING, "`CREATED`, `RESERVED`, `RESERVATION_FAILED`, `PICKING`, `PICKED`,"
                            + " `SHIPPED`, `DELIVERED` or `CANCELLED`"),
                    field("createdAt", INSTANT, "when it was created"),
                    field("lines", ARRAY, "one per line: `lineNumber`, `itemId`, `quantity` (decimal)"),
                    optional("failureReason", STRING, "why stock could not be reserved or picked"),
                    optional("carrier", STRING, "who carries it, once shipped"),
                    optional("trackingNumber", STRING, "the carrier's tracking number, once shipped"),
                    optional("cancelReason", STRING, "why it was cancelled"),
                    field("lastSequence", LONG, "the shipment's last event applied (for idempotency)"))));

    private ShippingReadModels() {
    }
}
