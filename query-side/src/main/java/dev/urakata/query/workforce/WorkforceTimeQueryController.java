package dev.urakata.query.workforce;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AttendancePage;
import dev.urakata.shared.workforce.FindLeaveBalanceQuery;
import dev.urakata.shared.workforce.LeaveBalance;
import dev.urakata.shared.workforce.LeaveRequestPage;
import dev.urakata.shared.workforce.LeaveRequestStatus;
import dev.urakata.shared.workforce.ListAttendanceQuery;
import dev.urakata.shared.workforce.ListLeaveRequestsQuery;
import dev.urakata.shared.workforce.ListTimesheetsQuery;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetPage;
import dev.urakata.shared.workforce.TimesheetStatus;
import dev.urakata.shared.workforce.TimesheetSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Attendance, timesheets and leave. Roles: ADMIN, HR, MANAGER, PAYROLL, COMPLIANCE; EMPLOYEE only their own
 * attendance, timesheets and leave (403 for anybody else's). Not ANALYST: every answer here is about a person.
 */
@JsonApi("/api/workforce")
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'PAYROLL', 'COMPLIANCE', 'EMPLOYEE')")
@Tag(name = "Time, timesheets and leave", description = "Attendance per shift and per employee, timesheets, leave "
        + "balances and requests. Roles: ADMIN, HR, MANAGER, PAYROLL, COMPLIANCE; EMPLOYEE their own.")
class WorkforceTimeQueryController {

    private final ReadQueries queries;
    private final LeaveBalanceProjection employees;

    WorkforceTimeQueryController(ReadQueries queries, LeaveBalanceProjection employees) {
        this.queries = queries;
        this.employees = employees;
    }

    @GetMapping("/shifts/{shiftId}/attendance")
    @PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'PAYROLL', 'COMPLIANCE')")
    @Operation(summary = "Who is on a shift, when they clocked in and out, late and early minutes, the status")
    AttendancePage shiftAttendance(@PathVariable ShiftId shiftId, Paging paging) {
        return queries.answer(new ListAttendanceQuery(shiftId, null, null, null, paging.page(), paging.size()),
                AttendancePage.class);
    }

    @GetMapping("/attendance")
    @Operation(summary = "An employee's attendance on shifts starting from one local day to another",
            description = "employeeId is required for EMPLOYEE (their own); from and to are ISO dates.")
    AttendancePage attendance(@RequestParam(required = false) EmployeeId employeeId,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              Paging paging,
                              Authentication user) {
        EmployeeId employee = allowed(user, employeeId);
        LocalDate first = parse("from", from, LocalDate::parse);
        LocalDate last = parse("to", to, LocalDate::parse);
        if (first != null && last != null && last.isBefore(first)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "to must not be before from");
        }
        return queries.answer(new ListAttendanceQuery(null, employee, first, last, paging.page(), paging.size()),
                AttendancePage.class);
    }

    @GetMapping("/timesheets")
    @Operation(summary = "Timesheets with their hours and status", description = "Filters: employeeId, "
            + "period (2026-04), status.")
    TimesheetPage timesheets(@RequestParam(required = false) EmployeeId employeeId,
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) TimesheetStatus status,
                             Paging paging,
                             Authentication user) {
        return queries.answer(new ListTimesheetsQuery(null, allowed(user, employeeId),
                parse("period", period, YearMonth::parse), status, paging.page(), paging.size()), TimesheetPage.class);
    }

    @GetMapping("/timesheets/{timesheetId}")
    @Operation(summary = "One timesheet with its shifts, clock events and hours")
    TimesheetSummary timesheet(@PathVariable TimesheetId timesheetId, Authentication user) {
        TimesheetSummary found = queries.answer(new ListTimesheetsQuery(timesheetId, null, null, null,
                0, 1), TimesheetPage.class).items().stream().findFirst().orElseThrow(() ->
                new DomainException(CommonErrors.NOT_FOUND, "No timesheet " + timesheetId));
        allowed(user, found.employeeId());
        return found;
    }

    @GetMapping("/employees/{employeeId}/leave-balance")
    @Operation(summary = "An employee's vacation balance: accrued, taken, left")
    LeaveBalance leaveBalance(@PathVariable EmployeeId employeeId, Authentication user) {
        allowed(user, employeeId);
        return queries.found(new FindLeaveBalanceQuery(employeeId), LeaveBalance.class,
                "No leave account for " + employeeId);
    }

    @GetMapping("/employees/{employeeId}/leave-requests")
    @Operation(summary = "An employee's leave requests, by first day")
    LeaveRequestPage leaveRequests(@PathVariable EmployeeId employeeId,
                                   @RequestParam(required = false) LeaveRequestStatus status,
                                   Paging paging, Authentication user) {
        allowed(user, employeeId);
        return queries.answer(new ListLeaveRequestsQuery(employeeId, status, paging.page(), paging.size()),
                LeaveRequestPage.class);
    }

    /** Everybody but an EMPLOYEE reads anybody's records; an EMPLOYEE only their own. */
    private EmployeeId allowed(Authentication user, EmployeeId requested) {
        boolean onlySelf = CurrentEmployee.hasRole(user, Roles.EMPLOYEE) && !CurrentEmployee.hasRole(user, Roles.ADMIN)
                && !CurrentEmployee.hasRole(user, Roles.HR) && !CurrentEmployee.hasRole(user, Roles.MANAGER)
                && !CurrentEmployee.hasRole(user, Roles.PAYROLL) && !CurrentEmployee.hasRole(user, Roles.COMPLIANCE);
        if (!onlySelf) {
            return requested;
        }
        EmployeeId self = employees.employeeWithNumber(CurrentEmployee.employeeNumber(user)).orElseThrow(() ->
                new DomainException(CommonErrors.FORBIDDEN, "User " + user.getName() + " is not a known employee"));
        if (requested != null && !requested.equals(self)) {
            throw new DomainException(CommonErrors.FORBIDDEN, "An employee may only read their own records");
        }
        return self;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return value == null ? null : parser.apply(value);
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, name + " is not a valid ISO value: " + value);
        }
    }
}
