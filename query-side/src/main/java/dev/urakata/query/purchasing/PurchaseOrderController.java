package dev.urakata.query.purchasing;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.purchasing.FindPurchaseOrderQuery;
import dev.urakata.shared.purchasing.ListPurchaseOrdersQuery;
import dev.urakata.shared.purchasing.PurchaseOrderDetails;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderPage;
import dev.urakata.shared.purchasing.PurchaseOrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Purchase orders by status and one order with what has arrived. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST,
 * COMPLIANCE.
 */
@JsonApi("/api/purchasing/orders")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Purchase orders", description = "Purchase orders with lines and received quantities. "
        + "Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class PurchaseOrderController {

    private final ReadQueries queries;

    PurchaseOrderController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List purchase orders, newest first", description = "status filters; any when left out.")
    PurchaseOrderPage listOrders(@RequestParam(required = false) PurchaseOrderStatus status,
                           Paging paging) {
        return queries.answer(new ListPurchaseOrdersQuery(status, paging.page(), paging.size()),
                PurchaseOrderPage.class);
    }

    @GetMapping("/{purchaseOrderId}")
    @Operation(summary = "One purchase order with its lines and received quantities")
    PurchaseOrderDetails find(@PathVariable PurchaseOrderId purchaseOrderId) {
        return queries.found(new FindPurchaseOrderQuery(purchaseOrderId), PurchaseOrderDetails.class,
                "No purchase order with id " + purchaseOrderId);
    }
}
