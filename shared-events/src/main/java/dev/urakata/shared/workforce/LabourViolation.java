package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A labour rule violation in the report.
 *
 * @param violationId  stable id of the finding
 * @param rule         the rule broken
 * @param ruleVersion  the version of the rule broken
 * @param foundBy      at assignment time, or by a rule change re-checking planned shifts
 * @param employeeId   the employee
 * @param scheduleId   the schedule
 * @param shiftId      the shift
 * @param shiftStart   the shift's local start
 * @param detail       what exactly
 * @param detectedAt   when it was found (the event's time)
 */
public record LabourViolation(String violationId, LabourRule rule, int ruleVersion, ViolationSource foundBy,
                              EmployeeId employeeId, ScheduleId scheduleId, ShiftId shiftId,
                              LocalDateTime shiftStart, String detail, Instant detectedAt) {
}
