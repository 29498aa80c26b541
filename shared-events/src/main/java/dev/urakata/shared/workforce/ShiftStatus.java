package dev.urakata.shared.workforce;

/** Where a shift stands. */
public enum ShiftStatus {
    /** Planned, not yet binding. */
    PLANNED,
    /** Published: binding, attendance is tracked for it. */
    PUBLISHED,
    /** Cancelled: nobody works it. */
    CANCELLED
}
