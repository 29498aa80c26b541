package dev.urakata.command.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.UnassignmentReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The JSON bodies of the workforce command endpoints, with the shape checks that come before any business rule. */
final class WorkforceCommandRequests {

    private WorkforceCommandRequests() {
    }

    record CreateSchedule(
            @NotBlank @Size(max = 100) String location,
            @NotBlank @Size(max = 100) String team,
            @NotNull @PlausibleDate LocalDate firstDay,
            @NotNull @PlausibleDate LocalDate lastDay,
            @NotBlank @Size(max = 64) String timeZone) {
    }

    /** {@code shiftId} may be chosen by the caller (for example a planning tool's own id); else one is made. */
    record AddShift(
            ShiftId shiftId,
            @NotNull LocalDateTime start,
            @NotNull LocalDateTime end,
            @NotBlank @Size(max = 100) String position,
            @NotNull @Min(1) @Max(500) Integer requiredHeadcount) {
    }

    record CancelShift(@Size(max = 500) String reason) {
    }

    /** {@code overtimeApproved}: the manager approves going over the weekly hours limit. */
    record Assign(@NotNull EmployeeId employeeId, Boolean overtimeApproved) {
    }

    /** {@code reason} defaults to MANAGER. */
    record Unassign(@NotNull EmployeeId employeeId, UnassignmentReason reason, @Size(max = 500) String note) {
    }

    /** {@code fromEmployeeId} defaults to the caller for an EMPLOYEE, and is required for anyone else. */
    record RequestSwap(@NotNull ShiftId shiftId, EmployeeId fromEmployeeId, @NotNull EmployeeId toEmployeeId) {
    }

    record ApproveSwap(Boolean overtimeApproved) {
    }

    record RejectSwap(@Size(max = 500) String reason) {
    }

    record WeeklyHours(@NotNull @Min(1) @Max(168) Integer maxHours, @NotNull OvertimePolicy overtimePolicy) {
    }

    @Schema(name = "MinimumRestRequest")

    record MinimumRest(@NotNull @Min(1) @Max(48) Integer minHours, @NotNull RuleMode mode) {
    }

    record ConsecutiveDays(@NotNull @Min(1) @Max(31) Integer maxDays, @NotNull RuleMode mode) {
    }

    /** The answer to schedule commands: which schedule, and which shift, employee or swap where there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScheduleResponse(String scheduleId, String shiftId, String employeeId, String swapId) {
    }

    /** The answer to rule commands: which rule book and rule. */
    record RuleResponse(String rulesId, String rule) {
    }
}
