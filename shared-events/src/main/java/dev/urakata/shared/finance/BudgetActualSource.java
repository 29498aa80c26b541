package dev.urakata.shared.finance;

/**
 * Where an actual recorded against a budget comes from. Purchases are not a source: purchase orders carry no
 * department to charge.
 */
public enum BudgetActualSource {
    /** A payslip's cost to the company: gross pay plus employer contributions; the key is the payslip id. */
    PAYROLL,
    /** An approved expense claim's amount; the key is the claim id. */
    EXPENSE_CLAIM
}
