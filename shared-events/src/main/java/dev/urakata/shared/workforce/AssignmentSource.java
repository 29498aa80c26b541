package dev.urakata.shared.workforce;

/** How an employee came to be on a shift. */
public enum AssignmentSource {
    /** A manager assigned the employee. */
    PLANNED,
    /** The employee claimed an open shift. */
    CLAIMED,
    /** The employee took the shift over in an approved swap. */
    SWAP
}
