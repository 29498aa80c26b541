package dev.urakata.shared.workforce;

/** What planning beyond the weekly hours limit leads to. */
public enum OvertimePolicy {
    /** Overtime is allowed; it is recorded as a {@link LabourRuleViolationDetectedEvent}. */
    ALLOW,
    /** Overtime needs a manager's approval on the assignment ({@code overtimeApproved}); without it, refused. */
    REQUIRE_APPROVAL,
    /** Overtime is refused. */
    REFUSE
}
