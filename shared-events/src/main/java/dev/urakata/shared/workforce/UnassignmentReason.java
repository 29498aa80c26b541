package dev.urakata.shared.workforce;

/** Why an employee was taken off a shift. */
public enum UnassignmentReason {
    /** A manager decided so. */
    MANAGER,
    /** The employee's approved leave overlaps the shift. */
    LEAVE,
    /** The employee handed the shift over in an approved swap. */
    SWAP,
    /** The employment ends before the shift. */
    EMPLOYMENT_ENDED
}
