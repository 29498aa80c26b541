package dev.urakata.shared.workforce;

/** Where a timesheet stands. */
public enum TimesheetStatus {
    /** Submitted, waiting for a manager. */
    SUBMITTED,
    /** Approved by a manager: its hours may be paid. */
    APPROVED,
    /** Rejected by a manager; it may be submitted again. */
    REJECTED
}
