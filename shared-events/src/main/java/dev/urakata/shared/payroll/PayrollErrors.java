package dev.urakata.shared.payroll;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Payroll: runs and pay policies.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum PayrollErrors implements ErrorCode {
    /** Another regular payroll run already exists for this month. */
    DUPLICATE_PAYROLL_RUN(Refusal.CONFLICT),
    /** The payroll run is not in a state that allows this step. */
    PAYROLL_RUN_STATUS_CONFLICT(Refusal.CONFLICT),
    /** Only a closed run can be corrected. */
    RUN_NOT_CLOSED(Refusal.RULE_VIOLATED),
    /** The pay policy named does not exist or has no version in force for the period. */
    NO_PAY_POLICY(Refusal.RULE_VIOLATED);

    private final Refusal refusal;

    PayrollErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
