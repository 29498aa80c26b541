package dev.urakata.query.shipping;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.shipping.FindShipmentQuery;
import dev.urakata.shared.shipping.ListShipmentsQuery;
import dev.urakata.shared.shipping.ShipmentDetails;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentPage;
import dev.urakata.shared.shipping.ShipmentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Shipments by status and one shipment. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE. */
@JsonApi("/api/shipping/shipments")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Shipments", description = "Shipments and where they are. "
        + "Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class ShipmentController {

    private final ReadQueries queries;

    ShipmentController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List shipments, newest first", description = "status filters; any when left out.")
    ShipmentPage list(@RequestParam(required = false) ShipmentStatus status,
                      Paging paging) {
        return queries.answer(new ListShipmentsQuery(status, paging.page(), paging.size()), ShipmentPage.class);
    }

    @GetMapping("/{shipmentId}")
    @Operation(summary = "One shipment")
    ShipmentDetails find(@PathVariable ShipmentId shipmentId) {
        return queries.found(new FindShipmentQuery(shipmentId), ShipmentDetails.class,
                "No shipment with id " + shipmentId);
    }
}
