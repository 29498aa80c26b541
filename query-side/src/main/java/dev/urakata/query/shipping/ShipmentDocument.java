package dev.urakata.query.shipping;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.shipping.ShipmentStatus;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A document of {@code shipping_shipments}: one shipment as it stands now, keyed by shipment id. */
public record ShipmentDocument(
        @Id String id,
        @Meaning("the customer order it ships") String orderReference,
        @Meaning("the warehouse it ships from") String warehouseId,
        @Meaning("`CREATED`, `RESERVED`, `RESERVATION_FAILED`, `PICKING`, `PICKED`, `SHIPPED`, `DELIVERED` or"
                + " `CANCELLED`") ShipmentStatus status,
        @Meaning("when it was created") Instant createdAt,
        @Meaning("one per line: `lineNumber`, `itemId`, `quantity` (decimal)") List<Line> lines,
        @Meaning(value = "why stock could not be reserved or picked", optional = true) String failureReason,
        @Meaning(value = "who carries it, once shipped", optional = true) String carrier,
        @Meaning(value = "the carrier's tracking number, once shipped", optional = true) String trackingNumber,
        @Meaning(value = "why it was cancelled", optional = true) String cancelReason,
        @Meaning("the shipment's last event applied (for idempotency)") long lastSequence) {

    /** One line: what is shipped, and how much. */
    @Schema(name = "ShipmentLine")
    public record Line(int lineNumber, String itemId, BigDecimal quantity) {
    }
}
