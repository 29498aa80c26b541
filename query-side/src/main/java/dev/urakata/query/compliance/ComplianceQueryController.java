package dev.urakata.query.compliance;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.compliance.ComplianceStatus;
import dev.urakata.shared.compliance.FindComplianceStatusQuery;
import dev.urakata.shared.compliance.ListOverdueComplianceQuery;
import dev.urakata.shared.compliance.ListPoliciesQuery;
import dev.urakata.shared.compliance.ListRisksQuery;
import dev.urakata.shared.compliance.OverdueCompliancePage;
import dev.urakata.shared.compliance.PolicyPage;
import dev.urakata.shared.compliance.RiskPage;
import dev.urakata.shared.compliance.RiskStatus;
import dev.urakata.shared.hr.EmployeeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance status per employee, the overdue report, policies and the risk register. Roles: ADMIN, COMPLIANCE,
 * LEGAL, HR. */
@JsonApi("/api/compliance")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE', 'LEGAL', 'HR')")
@Tag(name = "Compliance", description = "Trainings and acknowledgements per employee, what is overdue, policies, "
        + "the risk register. Roles: ADMIN, COMPLIANCE, LEGAL, HR.")
class ComplianceQueryController {

    private final ReadQueries queries;

    ComplianceQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/employees/{employeeId}/status")
    @Operation(summary = "An employee's trainings and policy acknowledgements: pending, done, overdue")
    ComplianceStatus status(@PathVariable EmployeeId employeeId) {
        return queries.found(new FindComplianceStatusQuery(employeeId), ComplianceStatus.class,
                "No trainings or acknowledgements for employee " + employeeId);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Every overdue training and acknowledgement, oldest due date first")
    OverdueCompliancePage overdue(Paging paging) {
        return queries.answer(new ListOverdueComplianceQuery(paging.page(), paging.size()),
                OverdueCompliancePage.class);
    }

    @GetMapping("/policies")
    @Operation(summary = "Policies with their latest version, by code")
    PolicyPage policies(Paging paging) {
        return queries.answer(new ListPoliciesQuery(paging.page(), paging.size()), PolicyPage.class);
    }

    @GetMapping("/risks")
    @Operation(summary = "The risk register, highest score first", description = "Filter: status.")
    RiskPage risks(@RequestParam(required = false) RiskStatus status, Paging paging) {
        return queries.answer(new ListRisksQuery(status, paging.page(), paging.size()), RiskPage.class);
    }
}
