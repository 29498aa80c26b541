package dev.urakata.shared.workforce;

/** Where a shift's attendance stands. */
public enum AttendanceStatus {
    /** Published, nobody has clocked in yet. */
    PLANNED,
    /** Somebody has clocked in and not everybody who did has clocked out. */
    ACTIVE,
    /** Everybody who clocked in has clocked out; the shift is over and takes no more clock-ins. */
    COMPLETED,
    /** Nobody clocked in before the grace period after the start ran out. */
    MISSED,
    /** The shift was cancelled. */
    CANCELLED
}
