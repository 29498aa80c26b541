package dev.urakata.query.processes;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.processes.EmployeeProcessPage;
import dev.urakata.shared.processes.EmployeeProcessProgress;
import dev.urakata.shared.processes.FindEmployeeProcessQuery;
import dev.urakata.shared.processes.ListEmployeeProcessesQuery;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final ReadQueries queries;

    EmployeeProcessController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Processes, latest started first", description = "kind: ONBOARDING or OFFBOARDING; "
            + "status: IN_PROGRESS, ESCALATED (a late step is still open) or COMPLETED.")
    EmployeeProcessPage list(@RequestParam(required = false) ProcessKind kind,
                             @RequestParam(required = false) ProcessStatus status,
                             Paging paging) {
        return queries.answer(new ListEmployeeProcessesQuery(kind, status, paging.page(), paging.size()),
                EmployeeProcessPage.class);
    }

    @GetMapping("/{kind}/{employeeId}")
    @Operation(summary = "One employee's onboarding or offboarding, step by step")
    EmployeeProcessProgress find(@PathVariable ProcessKind kind, @PathVariable EmployeeId employeeId) {
        return queries.found(new FindEmployeeProcessQuery(kind, employeeId), EmployeeProcessProgress.class,
                "No " + kind.name().toLowerCase(java.util.Locale.ROOT) + " for employee " + employeeId);
    }
}
