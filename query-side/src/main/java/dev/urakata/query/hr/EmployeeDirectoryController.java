package dev.urakata.query.hr;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.EffectiveOn;
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

import java.time.Instant;
import java.time.LocalDate;

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
            + "With asOf (a date or an instant): the directory as it showed then, the filters applying to that state. "
            + "With effectiveOn (a date): those employed that day, with the department, position and status in force "
            + "then, which the filters apply to.")
    EmployeePage list(@RequestParam(required = false) String department,
                      @RequestParam(required = false) String position,
                      @RequestParam(required = false) EmployeeStatus status,
                      @RequestParam(required = false) EmploymentType employmentType,
                      @RequestParam(required = false) String name,
                      Paging paging,
                      @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String effectiveOn) {
        return queries.answer(new ListEmployeesQuery(department, position, status, employmentType, name,
                paging.page(), paging.size(), asOf == null ? null : AsOf.parse(asOf), EffectiveOn.parse(effectiveOn)),
                EmployeePage.class);
    }

    @GetMapping("/{employeeId}")
    @Operation(summary = "One employee with current salary and history",
            description = "With asOf (a date or an instant): the employee as the directory showed them then. With "
                    + "effectiveOn (a date): as in force that day by the business's dates, however late they were "
                    + "recorded: 404 before the hire date, the department, position and salary effective then, "
                    + "TERMINATED only after the last day, and only the changes dated on or before it. Both: what "
                    + "was believed on asOf about effectiveOn.")
    EmployeeDetails find(@PathVariable EmployeeId employeeId, @RequestParam(required = false) String asOf,
                         @RequestParam(required = false) String effectiveOn) {
        LocalDate day = EffectiveOn.parse(effectiveOn);
        Instant known = asOf == null ? null : AsOf.parse(asOf);
        return queries.found(new FindEmployeeQuery(employeeId, known, day), EmployeeDetails.class,
                "No employee with id " + employeeId + (day == null ? "" : " employed on " + day)
                        + (asOf == null ? "" : " as known at " + known));
    }
}
