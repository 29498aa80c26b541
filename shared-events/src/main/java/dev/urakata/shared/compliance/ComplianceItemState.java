package dev.urakata.shared.compliance;

/** Where one training or policy acknowledgement of an employee is. */
public enum ComplianceItemState {
    /** Assigned or requested, its due date not passed. */
    PENDING,
    /** Completed or acknowledged (possibly late). */
    DONE,
    /** Its due date passed without completion or acknowledgement. */
    OVERDUE
}
