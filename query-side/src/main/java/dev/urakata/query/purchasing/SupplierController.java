package dev.urakata.query.purchasing;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.purchasing.ListSuppliersQuery;
import dev.urakata.shared.purchasing.SupplierPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supplier list. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE. */
@JsonApi("/api/purchasing/suppliers")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Suppliers", description = "Registered suppliers. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class SupplierController {

    private final QueryGateway queries;
    private final QueryResults results;

    SupplierController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "List suppliers, by name")
    SupplierPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListSuppliersQuery(page, size), SupplierPage.class));
    }
}
