package dev.urakata.shared.legal;

/** How a customer contract's value is invoiced. */
public enum BillingPlan {
    /** One invoice for the whole value, on the day of signing. */
    ONE_OFF,
    /** The value split over a number of monthly invoices: the first on the day of signing, then one a month. */
    MONTHLY
}
