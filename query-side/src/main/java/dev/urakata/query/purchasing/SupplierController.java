package dev.urakata.query.purchasing;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.purchasing.ListSuppliersQuery;
import dev.urakata.shared.purchasing.SupplierPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

/** The supplier list. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE. */
@JsonApi("/api/purchasing/suppliers")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Suppliers", description = "Registered suppliers. Roles: ADMIN, OPERATIONS, FINANCE, ANALYST, COMPLIANCE.")
class SupplierController {

    private final ReadQueries queries;

    SupplierController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List suppliers, by name")
    SupplierPage listSuppliers(Paging paging) {
        return queries.answer(new ListSuppliersQuery(paging.page(), paging.size()), SupplierPage.class);
    }
}
