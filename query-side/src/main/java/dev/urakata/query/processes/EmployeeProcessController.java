package dev.urakata.query.processes;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.processes.EmployeeProcessPage;
import dev.urakata.shared.processes.EmployeeProcessProgress;
import dev.urakata.shared.processes.FindEmployeeProcessQuery;
import dev.urakata.shared.processes.ListEmployeeProcessesQuery;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Onboarding and offboarding progress. Every department that has a step in them reads it (HR, IT, LEGAL, PAYROLL),
 * and so do ADMIN and COMPLIANCE; it names employees by id and number only.
 */
@JsonApi("/api/processes")
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'IT', 'LEGAL', 'PAYROLL', 'COMPLIANCE')")
@Tag(name = "Onboarding and offboarding", description = "Progress per employee, steps and escalations. "
        + "Roles: ADMIN, HR, IT, LEGAL, PAYROLL, COMPLIANCE.")
class EmployeeProcessController {

    private final QueryGateway queries;
    private final QueryResults results;

    EmployeeProcessController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Processes, latest started first", description = "kind: ONBOARDING or OFFBOARDING; "
            + "status: IN_PROGRESS, ESCALATED (a late step is still open) or COMPLETED.")
    EmployeeProcessPage list(@RequestParam(required = false) ProcessKind kind,
                             @RequestParam(required = false) ProcessStatus status,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListEmployeeProcessesQuery(kind, status, page, size),
                EmployeeProcessPage.class));
    }

    @GetMapping("/{kind}/{employeeId}")
    @Operation(summary = "One employee's onboarding or offboarding, step by step")
    EmployeeProcessProgress find(@PathVariable ProcessKind kind, @PathVariable EmployeeId employeeId) {
        return results.await(queries.query(new FindEmployeeProcessQuery(kind, employeeId),
                        ResponseTypes.optionalInstanceOf(EmployeeProcessProgress.class)))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND,
                        "No " + kind.name().toLowerCase(java.util.Locale.ROOT) + " for employee " + employeeId));
    }
}
