package dev.urakata.query.shipping;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.shipping.FindShipmentQuery;
import dev.urakata.shared.shipping.ListShipmentsQuery;
import dev.urakata.shared.shipping.ShipmentDetails;
import dev.urakata.shared.shipping.ShipmentId;
import dev.urakata.shared.shipping.ShipmentPage;
import dev.urakata.shared.shipping.ShipmentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

    private final QueryGateway queries;
    private final QueryResults results;

    ShipmentController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "List shipments, newest first", description = "status filters; any when left out.")
    ShipmentPage list(@RequestParam(required = false) ShipmentStatus status,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListShipmentsQuery(status, page, size), ShipmentPage.class));
    }

    @GetMapping("/{shipmentId}")
    @Operation(summary = "One shipment")
    ShipmentDetails find(@PathVariable ShipmentId shipmentId) {
        return results.await(queries.query(new FindShipmentQuery(shipmentId),
                        ResponseTypes.optionalInstanceOf(ShipmentDetails.class)))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "No shipment with id " + shipmentId));
    }
}
