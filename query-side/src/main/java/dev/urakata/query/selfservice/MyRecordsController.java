package dev.urakata.query.selfservice;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.query.workforce.LeaveBalanceProjection;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.payroll.ExplainPayslipQuery;
import dev.urakata.shared.payroll.FindPayslipQuery;
import dev.urakata.shared.payroll.ListPayslipsQuery;
import dev.urakata.shared.payroll.PayslipDetails;
import dev.urakata.shared.payroll.PayslipExplanation;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipPage;
import dev.urakata.shared.workforce.EmployeeShiftPage;
import dev.urakata.shared.workforce.FindLeaveBalanceQuery;
import dev.urakata.shared.workforce.LeaveBalance;
import dev.urakata.shared.workforce.LeaveRequestPage;
import dev.urakata.shared.workforce.LeaveRequestStatus;
import dev.urakata.shared.workforce.ListEmployeeShiftsQuery;
import dev.urakata.shared.workforce.ListLeaveRequestsQuery;
import dev.urakata.shared.workforce.ListTimesheetsQuery;
import dev.urakata.shared.workforce.TimesheetPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Self-service: a signed-in employee reads their own payslips (with the explanation of every figure), leave
 * balance and requests, shifts and timesheets, whatever their role, and never anybody else's.
 *
 * <p>There is no employee id in these addresses: the employee is always the one the sign-in maps to
 * ({@link CurrentEmployee}). A payslip asked for by id is answered only if it is the caller's own; somebody else's
 * is answered exactly like one that does not exist (404), so ids cannot be probed.
 */
@JsonApi("/api/me")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Self-service", description = "The signed-in employee's own payslips, leave, shifts and timesheets. "
        + "Any role; 403 NOT_AN_EMPLOYEE for a sign-in that is no employee.")
class MyRecordsController {

    private static final int MAX_RANGE_DAYS = 366;

    private final ReadQueries queries;
    private final LeaveBalanceProjection employees;

    MyRecordsController(ReadQueries queries, LeaveBalanceProjection employees) {
        this.queries = queries;
        this.employees = employees;
    }

    @GetMapping
    @Operation(summary = "Who the signed-in user is as an employee")
    Map<String, String> me(Authentication user) {
        return Map.of("employeeId", self(user).value(), "employeeNumber", CurrentEmployee.employeeNumber(user),
                "user", user.getName());
    }

    @GetMapping("/payslips")
    @Operation(summary = "My payslips by period, each as its latest calculation shows it")
    PayslipPage payslips(@RequestParam(required = false) Integer year,
                         Paging paging,
                         Authentication user) {
        if (year != null && (year < 1900 || year > 9999)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "year must be between 1900 and 9999");
        }
        return queries.answer(new ListPayslipsQuery(self(user), year, null, paging.page(), paging.size()),
                PayslipPage.class);
    }

    @GetMapping("/payslips/{payslipId}")
    @Operation(summary = "One of my payslips with its lines and my year-to-date figures")
    PayslipDetails payslip(@PathVariable PayslipId payslipId, Authentication user) {
        EmployeeId me = self(user);
        return queries.optional(new FindPayslipQuery(payslipId, null), PayslipDetails.class)
                .filter(found -> me.equals(found.employeeId()))
                .orElseThrow(() -> noPayslip(payslipId));
    }

    @GetMapping("/payslips/{payslipId}/explanation")
    @Operation(summary = "How every figure of one of my payslips came about")
    PayslipExplanation explanation(@PathVariable PayslipId payslipId, Authentication user) {
        EmployeeId me = self(user);
        return queries.optional(new ExplainPayslipQuery(payslipId, null), PayslipExplanation.class)
                .filter(found -> me.equals(found.employeeId()))
                .orElseThrow(() -> noPayslip(payslipId));
    }

    @GetMapping("/leave-balance")
    @Operation(summary = "My vacation balance: accrued, taken, left")
    LeaveBalance leaveBalance(Authentication user) {
        EmployeeId me = self(user);
        return queries.found(new FindLeaveBalanceQuery(me), LeaveBalance.class, "No leave account yet");
    }

    @GetMapping("/leave-requests")
    @Operation(summary = "My leave requests, by first day")
    LeaveRequestPage leaveRequests(@RequestParam(required = false) LeaveRequestStatus status,
                                   Paging paging, Authentication user) {
        return queries.answer(new ListLeaveRequestsQuery(self(user), status, paging.page(), paging.size()),
                LeaveRequestPage.class);
    }

    @GetMapping("/shifts")
    @Operation(summary = "My shifts starting between two days", description = "At most 366 days apart.")
    EmployeeShiftPage shifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             Paging paging,
                             Authentication user) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from..to must be a range of at most "
                    + MAX_RANGE_DAYS + " days");
        }
        return queries.answer(new ListEmployeeShiftsQuery(self(user), from, to, paging.page(), paging.size()),
                EmployeeShiftPage.class);
    }

    @GetMapping("/timesheets")
    @Operation(summary = "My timesheets with their hours and status")
    TimesheetPage timesheets(Paging paging,
                             Authentication user) {
        return queries.answer(new ListTimesheetsQuery(null, self(user), null, null, paging.page(), paging.size()),
                TimesheetPage.class);
    }

    /** The employee the sign-in maps to; 403 for a sign-in that is nobody's. */
    private EmployeeId self(Authentication user) {
        Optional<EmployeeId> self = employees.employeeWithNumber(CurrentEmployee.employeeNumber(user));
        return self.orElseThrow(() -> new DomainException(HrErrors.NOT_AN_EMPLOYEE,
                "The sign-in " + user.getName() + " is not bound to an employee"));
    }

    private static DomainException noPayslip(PayslipId payslipId) {
        return new DomainException(CommonErrors.NOT_FOUND, "You have no payslip with id " + payslipId);
    }
}
