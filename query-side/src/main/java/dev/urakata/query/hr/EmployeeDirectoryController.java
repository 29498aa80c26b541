package dev.urakata.query.hr;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.hr.EmployeeDetails;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePage;
import dev.urakata.shared.hr.EmployeeStatus;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.FindEmployeeQuery;
import dev.urakata.shared.hr.ListEmployeesQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final ReadQueries queries;

    EmployeeDirectoryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List employees, by family name", description = "name matches part of either name. "
            + "With asOf (a date or an instant): the directory as it showed then, the filters applying to that state.")
    EmployeePage list(@RequestParam(required = false) String department,
                      @RequestParam(required = false) String position,
                      @RequestParam(required = false) EmployeeStatus status,
                      @RequestParam(required = false) EmploymentType employmentType,
                      @RequestParam(required = false) String name,
                      Paging paging,
                      @RequestParam(required = false) String asOf) {
        return queries.answer(new ListEmployeesQuery(department, position, status, employmentType, name,
                paging.page(), paging.size(), asOf == null ? null : AsOf.parse(asOf)), EmployeePage.class);
    }

    @GetMapping("/{employeeId}")
    @Operation(summary = "One employee with current salary and history",
            description = "With asOf (a date or an instant): the employee as the directory showed them then.")
    EmployeeDetails find(@PathVariable EmployeeId employeeId, @RequestParam(required = false) String asOf) {
        return queries.found(new FindEmployeeQuery(employeeId, asOf == null ? null : AsOf.parse(asOf)),
                EmployeeDetails.class, "No employee with id " + employeeId);
    }
}
