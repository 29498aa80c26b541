package dev.urakata.query.shipping;

import dev.urakata.config.testing.EmbeddedMongo;
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
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipment view on the embedded MongoDB-wire server, including redelivered events. */
class ShipmentProjectionTest {

    static final ShipmentId ID = new ShipmentId("shp-1");
    static final WarehouseId OSAKA = new WarehouseId("osaka");
    static final List<ShipmentLine> LINES = List.of(new ShipmentLine(1, new StockItemId("bolts"), new BigDecimal("10")),
            new ShipmentLine(2, new StockItemId("nuts"), new BigDecimal("0.5")));
    static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private ShipmentProjection projection;

    @BeforeEach
    void setUp() {
        projection = new ShipmentProjection(mongo.template());
    }

    static ShipmentCreatedEvent created(ShipmentId id) {
        return new ShipmentCreatedEvent(id, "SO-" + id.value(), OSAKA, LINES);
    }

    void applyHistory() {
        projection.on(created(ID), 0, MONDAY);
        projection.on(new ShipmentReservedEvent(ID), 1);
        projection.on(new ShipmentPickRequestedEvent(ID), 2);
        projection.on(new ShipmentPickFailedEvent(ID, "count mismatch"), 3);
        projection.on(new ShipmentPickRequestedEvent(ID), 4);
        projection.on(new ShipmentPickedEvent(ID), 5);
        projection.on(new ShipmentShippedEvent(ID, "Yamato", "1234-5678"), 6);
        projection.on(new ShipmentDeliveredEvent(ID), 7);
    }

    @Test
    void followsAShipmentToDelivery() {
        applyHistory();

        ShipmentDetails shipment = projection.handle(new FindShipmentQuery(ID)).orElseThrow();

        assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(shipment.lines()).isEqualTo(LINES);
        assertThat(shipment.carrier()).isEqualTo("Yamato");
        assertThat(shipment.trackingNumber()).isEqualTo("1234-5678");
        assertThat(shipment.failureReason()).isEqualTo("count mismatch");
        assertThat(shipment.version()).isEqualTo(7);
        assertConforms(mongo.template(), ShipmentProjection.COLLECTION);
    }

    @Test
    void aFailedPickShowsTheShipmentReservedAgain() {
        projection.on(created(ID), 0, MONDAY);
        projection.on(new ShipmentReservedEvent(ID), 1);
        projection.on(new ShipmentPickRequestedEvent(ID), 2);
        assertThat(projection.handle(new FindShipmentQuery(ID)).orElseThrow().status())
                .isEqualTo(ShipmentStatus.PICKING);
        projection.on(new ShipmentPickFailedEvent(ID, "count mismatch"), 3);
        assertThat(projection.handle(new FindShipmentQuery(ID)).orElseThrow().status())
                .isEqualTo(ShipmentStatus.RESERVED);
    }

    @Test
    void theSameEventsAppliedTwiceLeaveTheDocumentUnchanged() {
        applyHistory();
        Document once = rawDocument();

        // An old event redelivered late must not move the status backwards.
        projection.on(new ShipmentPickRequestedEvent(ID), 2);
        projection.on(new ShipmentShippedEvent(ID, "Yamato", "1234-5678"), 6);
        applyHistory();

        assertThat(rawDocument()).isEqualTo(once);
    }

    @Test
    void listsByStatusNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            projection.on(created(new ShipmentId("s" + i)), 0, MONDAY.plusSeconds(i));
        }
        projection.on(new ShipmentReservationFailedEvent(new ShipmentId("s1"), "no stock"), 1);
        projection.on(new ShipmentCancelledEvent(new ShipmentId("s3"), "withdrawn", ShipmentStatus.CREATED), 1);

        ShipmentPage created = projection.handle(new ListShipmentsQuery(ShipmentStatus.CREATED, 0, 10));
        assertThat(created.items()).extracting(s -> s.shipmentId().value()).containsExactly("s2");
        ShipmentPage all = projection.handle(new ListShipmentsQuery(null, 0, 2));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(ShipmentSummary::status)
                .containsExactly(ShipmentStatus.CANCELLED, ShipmentStatus.CREATED);
        assertThat(projection.handle(new FindShipmentQuery(new ShipmentId("s1"))).orElseThrow().failureReason())
                .isEqualTo("no stock");
        assertThat(projection.handle(new FindShipmentQuery(new ShipmentId("s3"))).orElseThrow().cancelReason())
                .isEqualTo("withdrawn");
        assertThat(projection.handle(new FindShipmentQuery(new ShipmentId("nobody")))).isEmpty();
        assertConforms(mongo.template(), ShipmentProjection.COLLECTION);
    }

    private Document rawDocument() {
        List<Document> all = mongo.template().findAll(Document.class, ShipmentProjection.COLLECTION);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
