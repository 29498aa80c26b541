package dev.urakata.shared.hr;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Human resources: employees, their records, sign-ins and benefits.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum HrErrors implements ErrorCode {
    /** Nobody changes their own pay, position or employment, or reviews themselves: another person must. */
    OWN_RECORD(Refusal.FORBIDDEN),
    /** The sign-in is not bound to any employee, so there are no own records to read. */
    NOT_AN_EMPLOYEE(Refusal.FORBIDDEN),
    /** Another employee already has this employee number. */
    DUPLICATE_EMPLOYEE_NUMBER(Refusal.CONFLICT),
    /** Another sign-in already acts as this employee; unbind it first. */
    EMPLOYEE_ALREADY_BOUND(Refusal.CONFLICT),
    /** The sign-in is not bound to any employee. */
    SIGN_IN_NOT_BOUND(Refusal.NOT_FOUND),
    /** The employee has been terminated; no further changes are accepted. */
    EMPLOYEE_TERMINATED(Refusal.CONFLICT),
    /** The employee is already enrolled in this benefit plan. */
    ALREADY_ENROLLED(Refusal.CONFLICT),
    /** A termination's last day lies before the hire date. */
    TERMINATION_BEFORE_HIRE(Refusal.RULE_VIOLATED),
    /** A change would take effect before the employee was hired. */
    EFFECTIVE_BEFORE_HIRE(Refusal.RULE_VIOLATED),
    /** Scheduling knows no employee with this id (or employee number): not hired, or not seen yet. */
    UNKNOWN_EMPLOYEE(Refusal.RULE_VIOLATED);

    private final Refusal refusal;

    HrErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
