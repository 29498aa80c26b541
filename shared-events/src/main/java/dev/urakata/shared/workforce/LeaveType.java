package dev.urakata.shared.workforce;

/** Kinds of leave. Only vacation is taken from the accrued balance. */
public enum LeaveType {
    /** Paid vacation, deducted from the balance. */
    VACATION,
    /** Sick leave; not deducted from the vacation balance. */
    SICK,
    /** Unpaid leave; not deducted from the vacation balance. */
    UNPAID
}
