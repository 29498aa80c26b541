package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An assignment broke a labour rule that records rather than refuses (RECORD mode, or overtime ALLOWed); the
 * assignment event precedes it.
 *
 * @param scheduleId  the schedule
 * @param shiftId     the shift
 * @param employeeId  the employee
 * @param rule        the rule broken
 * @param ruleVersion the version of the rule
 * @param detail      what exactly, for people
 */
@Revision("1")
public record LabourRuleViolationDetectedEvent(ScheduleId scheduleId, ShiftId shiftId, EmployeeId employeeId,
                                               LabourRule rule, int ruleVersion, String detail) {
}
