package dev.urakata.command.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.LeaveType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The JSON bodies of the attendance, timesheet and leave endpoints, with their shape checks. */
final class WorkforceTimeRequests {

    private WorkforceTimeRequests() {
    }

    /**
     * A clock-in or clock-out. An employee sends an empty body (or none): they clock themselves, now. A manager
     * names the employee, may give the time (not in the future), and must say why they record it.
     */
    record Clock(EmployeeId employeeId, Instant at, @Size(max = 500) String note) {
        static final Clock SELF_NOW = new Clock(null, null, null);
    }

    record SubmitTimesheet(EmployeeId employeeId, @NotNull YearMonth period) {
    }

    @Schema(name = "Rejection")

    record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    record RequestLeave(@NotNull LeaveType type, @NotNull @PlausibleDate LocalDate firstDay,
                        @NotNull @PlausibleDate LocalDate lastDay, @Size(max = 500) String note) {
    }

    record ClockResponse(String shiftId, String employeeId) {
    }

    record TimesheetResponse(String timesheetId) {
    }

    record LeaveRequestResponse(String employeeId, String leaveRequestId) {
    }
}
