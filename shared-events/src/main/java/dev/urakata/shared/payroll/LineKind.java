package dev.urakata.shared.payroll;

/** What a payslip line does to pay. */
public enum LineKind {
    /** Adds to gross pay. */
    EARNING,
    /** Is taken from gross pay. */
    DEDUCTION,
    /** Paid by the employer on top of gross pay; not on the employee's net. */
    EMPLOYER_CONTRIBUTION
}
