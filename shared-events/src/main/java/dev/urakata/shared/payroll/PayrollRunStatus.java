package dev.urakata.shared.payroll;

/** Where a payroll run stands, as the read side derives it from the run's events. */
public enum PayrollRunStatus {
    /** Opened; not calculated yet. */
    OPEN,
    /** Calculated (possibly several times); may still be recalculated. */
    CALCULATED,
    /** Submitted for review. */
    IN_REVIEW,
    /** Approved: its latest calculation is final and counts in year-to-date figures, costs and withholdings. */
    APPROVED,
    /** Paid. */
    PAID,
    /** Closed; only a correction run can change its figures. */
    CLOSED;

    /** Whether the run's latest calculation is final (approved, paid or closed). */
    public boolean isApprovedOrLater() {
        return this == APPROVED || this == PAID || this == CLOSED;
    }
}
