package dev.urakata.shared.workforce;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Workforce: schedules, shifts, clocking, timesheets, leave and the labour rules.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum WorkforceErrors implements ErrorCode {
    /** The employee has already clocked in on this shift. */
    ALREADY_CLOCKED_IN(Refusal.CONFLICT),
    /** The employee has already clocked out of this shift. */
    ALREADY_CLOCKED_OUT(Refusal.CONFLICT),
    /** The employee has not clocked in on this shift, so cannot clock out. */
    NOT_CLOCKED_IN(Refusal.CONFLICT),
    /** The shift was cancelled, missed or is over: it takes no clock-in (or clock-out) now. */
    SHIFT_CLOSED_FOR_CLOCKING(Refusal.CONFLICT),
    /** The employee is not on the shift's roster. */
    NOT_ON_SHIFT_ROSTER(Refusal.RULE_VIOLATED),
    /** A clock time outside what the shift allows (after its end, or a clock-out before the clock-in). */
    CLOCK_TIME_OUT_OF_RANGE(Refusal.RULE_VIOLATED),
    /** The timesheet's status does not allow this step (for example approving an approved timesheet). */
    TIMESHEET_STATUS_CONFLICT(Refusal.CONFLICT),
    /** The employee has no completed attendance in the period, so there is nothing to submit. */
    TIMESHEET_EMPTY(Refusal.RULE_VIOLATED),
    /** The leave request's status does not allow this step. */
    LEAVE_REQUEST_STATUS_CONFLICT(Refusal.CONFLICT),
    /** The leave request named does not exist in this employee's account. */
    UNKNOWN_LEAVE_REQUEST(Refusal.NOT_FOUND),
    /** Another requested or approved leave of the employee overlaps these days. */
    LEAVE_OVERLAP(Refusal.CONFLICT),
    /** A vacation request for more days than the balance holds (when the policy refuses instead of flagging). */
    LEAVE_OVER_BALANCE(Refusal.RULE_VIOLATED),
    /** The leave account is not open (not yet seen the hire, or the employment has ended). */
    LEAVE_ACCOUNT_CLOSED(Refusal.CONFLICT),
    /** The shift named is not part of the schedule. */
    UNKNOWN_SHIFT(Refusal.NOT_FOUND),
    /** The swap request named is not part of the schedule. */
    UNKNOWN_SWAP(Refusal.NOT_FOUND),
    /** Another shift (in this or another schedule) already has this id. */
    DUPLICATE_SHIFT_ID(Refusal.CONFLICT),
    /** The shift was cancelled; nothing more can happen on it. */
    SHIFT_CANCELLED(Refusal.CONFLICT),
    /** The schedule was already published. */
    SCHEDULE_ALREADY_PUBLISHED(Refusal.CONFLICT),
    /** Only shifts of a published schedule can be opened for claims. */
    SCHEDULE_NOT_PUBLISHED(Refusal.CONFLICT),
    /** The employee is already on the shift. */
    ALREADY_ASSIGNED(Refusal.CONFLICT),
    /** The employee is not on the shift. */
    NOT_ASSIGNED(Refusal.CONFLICT),
    /** The shift already has as many employees as it needs. */
    SHIFT_FULL(Refusal.CONFLICT),
    /** The employee is on another shift, of this or any other schedule, at the same time. */
    OVERLAPPING_SHIFT(Refusal.CONFLICT),
    /** The shift is not open for claims. */
    SHIFT_NOT_OPEN(Refusal.CONFLICT),
    /** The swap request was already approved or rejected, or the employee already asked to swap this shift. */
    SWAP_CONFLICT(Refusal.CONFLICT),
    /** The shift lies outside the employee's employment (before hire, after contract end or termination). */
    OUTSIDE_EMPLOYMENT(Refusal.RULE_VIOLATED),
    /** The assignment would exceed the weekly hours limit, which refuses overtime. */
    WEEKLY_HOURS_EXCEEDED(Refusal.RULE_VIOLATED),
    /** The assignment would exceed the weekly hours limit, which needs a manager's overtime approval. */
    OVERTIME_APPROVAL_REQUIRED(Refusal.RULE_VIOLATED),
    /** The assignment would leave less than the minimum rest between two shifts. */
    MINIMUM_REST_BREACHED(Refusal.RULE_VIOLATED),
    /** The assignment would exceed the maximum number of consecutive working days. */
    CONSECUTIVE_DAYS_EXCEEDED(Refusal.RULE_VIOLATED);

    private final Refusal refusal;

    WorkforceErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
