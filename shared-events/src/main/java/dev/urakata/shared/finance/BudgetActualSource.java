package dev.urakata.shared.finance;

/**
 * Where an actual recorded against a budget comes from.
 */
public enum BudgetActualSource {
    /** A payslip's cost to the company: gross pay plus employer contributions; the key is the payslip id. */
    PAYROLL,
    /** An approved expense claim's amount; the key is the claim id. */
    EXPENSE_CLAIM,
    /**
     * A supplier invoice's net amount, for a purchase order drafted for a department; the key is the supplier
     * invoice id. Orders without a department are not charged to any budget.
     */
    PURCHASE
}
