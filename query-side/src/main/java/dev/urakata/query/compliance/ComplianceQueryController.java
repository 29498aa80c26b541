package dev.urakata.query.compliance;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.compliance.ComplianceStatus;
import dev.urakata.shared.compliance.FindComplianceStatusQuery;
import dev.urakata.shared.compliance.ListOverdueComplianceQuery;
import dev.urakata.shared.compliance.ListPoliciesQuery;
import dev.urakata.shared.compliance.ListRisksQuery;
import dev.urakata.shared.compliance.OverdueCompliancePage;
import dev.urakata.shared.compliance.PolicyPage;
import dev.urakata.shared.compliance.RiskPage;
import dev.urakata.shared.compliance.RiskStatus;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

    private final QueryGateway queries;
    private final QueryResults results;

    ComplianceQueryController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping("/employees/{employeeId}/status")
    @Operation(summary = "An employee's trainings and policy acknowledgements: pending, done, overdue")
    ComplianceStatus status(@PathVariable EmployeeId employeeId) {
        return results.await(queries.query(new FindComplianceStatusQuery(employeeId),
                        ResponseTypes.optionalInstanceOf(ComplianceStatus.class)))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND,
                        "No trainings or acknowledgements for employee " + employeeId));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Every overdue training and acknowledgement, oldest due date first")
    OverdueCompliancePage overdue(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListOverdueComplianceQuery(page, size), OverdueCompliancePage.class));
    }

    @GetMapping("/policies")
    @Operation(summary = "Policies with their latest version, by code")
    PolicyPage policies(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListPoliciesQuery(page, size), PolicyPage.class));
    }

    @GetMapping("/risks")
    @Operation(summary = "The risk register, highest score first", description = "Filter: status.")
    RiskPage risks(@RequestParam(required = false) RiskStatus status, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListRisksQuery(status, page, size), RiskPage.class));
    }
}
