package dev.urakata.config.security;

/**
 * The roles of ARCHITECTURE.md §5, as constants for {@code @PreAuthorize} expressions.
 */
public final class Roles {
    /** Everything, including projection operations. */
    public static final String ADMIN = "ADMIN";
    /** HR: employees, positions, salaries, reviews, benefits. */
    public static final String HR = "HR";
    /** Payroll. */
    public static final String PAYROLL = "PAYROLL";
    /** Finance and accounting. */
    public static final String FINANCE = "FINANCE";
    /** Stock, purchasing, shipping. */
    public static final String OPERATIONS = "OPERATIONS";
    /** IT support. */
    public static final String IT = "IT";
    /** Legal. */
    public static final String LEGAL = "LEGAL";
    /** Reads everything including the audit trail; sends no business commands. */
    public static final String COMPLIANCE = "COMPLIANCE";
    /** Reads projections, not personal data. */
    public static final String ANALYST = "ANALYST";
    /** A team manager: plans shifts, approves swaps, timesheets and leave. */
    public static final String MANAGER = "MANAGER";
    /**
     * An employee acting for themselves only (clock in and out, claim open shifts, request leave): the employee
     * whose number {@link CurrentEmployee} finds for the user.
     */
    public static final String EMPLOYEE = "EMPLOYEE";

    private Roles() {
    }
}
