package dev.urakata.query.shipping;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.shipping.FindShipmentQuery;
import dev.urakata.shared.shipping.ListShipmentsQuery;
import dev.urakata.shared.shipping.ShipmentCancelledEvent;
import dev.urakata.shared.shipping.ShipmentCreatedEvent;
import dev.urakata.shared.shipping.ShipmentDeliveredEvent;
import dev.urakata.shared.shipping.ShipmentDetails;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentLine;
import dev.urakata.shared.shipping.ShipmentPage;
import dev.urakata.shared.shipping.ShipmentPickFailedEvent;
import dev.urakata.shared.shipping.ShipmentPickRequestedEvent;
import dev.urakata.shared.shipping.ShipmentPickedEvent;
import dev.urakata.shared.shipping.ShipmentReservationFailedEvent;
import dev.urakata.shared.shipping.ShipmentReservedEvent;
import dev.urakata.shared.shipping.ShipmentShippedEvent;
import dev.urakata.shared.shipping.ShipmentStatus;
import dev.urakata.shared.shipping.ShipmentSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shipments by status, and one shipment, with the query handlers that read them.
 *
 * <p>Idempotent like every projection here: each document stores the sequence number of the last event applied
 * to it, and an update only applies to a document that has not seen that event yet.
 */
@Component
@ProcessingGroup(ShipmentProjection.PROCESSING_GROUP)
public class ShipmentProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "shipments";
    public static final String COLLECTION = "shipping_shipments";

    public ShipmentProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "status", "-createdAt");
    }

    @EventHandler
    void on(ShipmentCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant createdAt) {
        String id = event.shipmentId().value();
        if (DocumentIds.exists(mongo, COLLECTION, id)) {
            return; // a redelivered creation
        }
        List<ShipmentDocument.Line> lines = event.lines().stream()
                .map(line -> new ShipmentDocument.Line(line.lineNumber(), line.itemId().value(), line.quantity()))
                .toList();
        mongo.insert(new ShipmentDocument(id, event.orderReference(), event.warehouseId().value(),
                ShipmentStatus.CREATED, createdAt, lines, null, null, null, null, sequence), COLLECTION);
    }

    @EventHandler
    void on(ShipmentReservedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.RESERVED));
    }

    @EventHandler
    void on(ShipmentReservationFailedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.RESERVATION_FAILED)
                .set("failureReason", event.reason()));
    }

    @EventHandler
    void on(ShipmentPickRequestedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.PICKING));
    }

    @EventHandler
    void on(ShipmentPickedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.PICKED));
    }

    @EventHandler
    void on(ShipmentPickFailedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.RESERVED).set("failureReason", event.reason()));
    }

    @EventHandler
    void on(ShipmentShippedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.SHIPPED)
                .set("carrier", event.carrier())
                .set("trackingNumber", event.trackingNumber()));
    }

    @EventHandler
    void on(ShipmentDeliveredEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.DELIVERED));
    }

    @EventHandler
    void on(ShipmentCancelledEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shipmentId(), sequence, status(ShipmentStatus.CANCELLED).set("cancelReason", event.reason()));
    }

    /** A rebuild starts from an empty view. */
    @QueryHandler
    Optional<ShipmentDetails> handle(FindShipmentQuery query) {
        return Optional.ofNullable(mongo.findById(query.shipmentId().value(), ShipmentDocument.class, COLLECTION))
                .map(ShipmentProjection::details);
    }

    @QueryHandler
    ShipmentPage handle(ListShipmentsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).criteria();
        MongoPages.Slice<ShipmentSummary> slice = MongoPages.read(mongo, COLLECTION, ShipmentDocument.class,
                Query.query(criteria), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), query.page(),
                query.size(), shipment -> new ShipmentSummary(new ShipmentId(shipment.id()),
                        shipment.orderReference(), new WarehouseId(shipment.warehouseId()), shipment.status(),
                        shipment.lines().size()));
        return new ShipmentPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private void applyOnce(ShipmentId id, long sequence, Update update) {
        applyOnce(COLLECTION, id, sequence, update);
    }

    private static Update status(ShipmentStatus status) {
        return new Update().set("status", status);
    }

    private static ShipmentDetails details(ShipmentDocument shipment) {
        return new ShipmentDetails(new ShipmentId(shipment.id()), shipment.orderReference(),
                new WarehouseId(shipment.warehouseId()), shipment.status(),
                shipment.lines().stream().map(line -> new ShipmentLine(line.lineNumber(),
                        new StockItemId(line.itemId()), line.quantity())).toList(),
                shipment.carrier(), shipment.trackingNumber(), shipment.failureReason(), shipment.cancelReason(),
                shipment.lastSequence());
    }
}
