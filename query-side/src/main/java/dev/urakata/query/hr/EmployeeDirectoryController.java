package dev.urakata.query.hr;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.AsOf;
import dev.urakata.query.web.QueryResults;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeDetails;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePage;
import dev.urakata.shared.hr.EmployeeStatus;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.FindEmployeeQuery;
import dev.urakata.shared.hr.ListEmployeesQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employee directory. It holds personal data, so ANALYST may not read it. Roles: ADMIN, HR, PAYROLL,
 * COMPLIANCE.
 */
@JsonApi("/api/hr/employees")
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'PAYROLL', 'COMPLIANCE')")
@Tag(name = "Employee directory", description = "Employees with position and salary history. "
        + "Roles: ADMIN, HR, PAYROLL, COMPLIANCE.")
class EmployeeDirectoryController {

    private final QueryGateway queries;
    private final QueryResults results;

    EmployeeDirectoryController(QueryGateway queries, QueryResults results) {
        this.queries = queries;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "List employees, by family name", description = "name matches part of either name. "
            + "With asOf (a date or an instant): the directory as it showed then, the filters applying to that state.")
    EmployeePage list(@RequestParam(required = false) String department,
                      @RequestParam(required = false) String position,
                      @RequestParam(required = false) EmployeeStatus status,
                      @RequestParam(required = false) EmploymentType employmentType,
                      @RequestParam(required = false) String name,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size,
                      @RequestParam(required = false) String asOf) {
        results.checkPaging(page, size);
        return results.await(queries.query(new ListEmployeesQuery(department, position, status, employmentType, name,
                page, size, asOf == null ? null : AsOf.parse(asOf)), EmployeePage.class));
    }

    @GetMapping("/{employeeId}")
    @Operation(summary = "One employee with current salary and history",
            description = "With asOf (a date or an instant): the employee as the directory showed them then.")
    EmployeeDetails find(@PathVariable EmployeeId employeeId, @RequestParam(required = false) String asOf) {
        return results.await(queries.query(new FindEmployeeQuery(employeeId, asOf == null ? null : AsOf.parse(asOf)),
                        ResponseTypes.optionalInstanceOf(EmployeeDetails.class)))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "No employee with id " + employeeId));
    }
}
