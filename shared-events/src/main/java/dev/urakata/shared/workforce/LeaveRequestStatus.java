package dev.urakata.shared.workforce;

/** Where a leave request stands. */
public enum LeaveRequestStatus {
    /** Waiting for a manager or HR. */
    REQUESTED,
    /** Approved: the days are taken. */
    APPROVED,
    /** Rejected. */
    REJECTED
}
