package dev.urakata.shared.payroll;

/** A one-off amount added to a payslip. */
public enum OneOffKind {
    /** An extra earning, taxed like pay. */
    BONUS,
    /** A deduction from net pay (an advance, a fine, a canteen bill). */
    DEDUCTION
}
