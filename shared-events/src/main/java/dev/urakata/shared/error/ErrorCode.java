package dev.urakata.shared.error;

/**
 * Stable, machine-readable error codes that every HTTP problem response carries in its {@code code} field.
 *
 * <p>Clients branch on the code, never on the human-readable detail; the HTTP status travels with the code so
 * both sides of the system answer the same failure with the same status.
 */
public enum ErrorCode {
    /** A field is missing, malformed or outside its allowed range. */
    INVALID_INPUT(400),
    /** The body is not valid JSON or does not have the expected shape. */
    MALFORMED_REQUEST(400),
    /** No or wrong credentials. */
    UNAUTHENTICATED(401),
    /** The caller's roles do not allow this action. */
    FORBIDDEN(403),
    /** Nobody changes their own pay, position or employment, or reviews themselves: another person must. */
    OWN_RECORD(403),
    /** The sign-in is not bound to any employee, so there are no own records to read. */
    NOT_AN_EMPLOYEE(403),
    /** No such resource or route. */
    NOT_FOUND(404),
    /** The HTTP method is not supported on this resource. */
    METHOD_NOT_ALLOWED(405),
    /** Another command changed the same aggregate at the same time; retry after re-reading. */
    CONCURRENT_MODIFICATION(409),
    /** The aggregate already exists. */
    ALREADY_EXISTS(409),
    /**
     * The id chosen for something new is already the id of another kind of record, or has the shape of an id the
     * system derives for one (an accounting period, a budget, an employee's leave account...): two kinds of record
     * under one id would mix their histories.
     */
    ID_IN_USE(409),
    /** Another employee already has this employee number. */
    DUPLICATE_EMPLOYEE_NUMBER(409),
    /** Another sign-in already acts as this employee; unbind it first. */
    EMPLOYEE_ALREADY_BOUND(409),
    /** The sign-in is not bound to any employee. */
    SIGN_IN_NOT_BOUND(404),
    /** The employee has been terminated; no further changes are accepted. */
    EMPLOYEE_TERMINATED(409),
    /** The employee is already enrolled in this benefit plan. */
    ALREADY_ENROLLED(409),
    /** A request with the same Idempotency-Key is still being processed. */
    IDEMPOTENCY_KEY_IN_USE(409),
    /** Another stock item already has this SKU. */
    DUPLICATE_SKU(409),
    /** Another warehouse already has this code. */
    DUPLICATE_WAREHOUSE_CODE(409),
    /** The warehouse named does not exist. */
    UNKNOWN_WAREHOUSE(422),
    /** The stock item named does not exist (the id is unknown or names something other than a stock item). */
    UNKNOWN_STOCK_ITEM(422),
    /** The supplier named does not exist (the id is unknown or names something other than a supplier). */
    UNKNOWN_SUPPLIER(422),
    /** The customer named does not exist (the id is unknown or names something other than a customer). */
    UNKNOWN_CUSTOMER(422),
    /** Not enough available stock for an issue, reservation or transfer. */
    INSUFFICIENT_STOCK(422),
    /** The reservation named does not exist (or was already released or picked). */
    UNKNOWN_RESERVATION(422),
    /** The transfer named does not exist or was already received. */
    UNKNOWN_TRANSFER(422),
    /** A count below the reserved quantity: release or pick reservations first. */
    COUNT_BELOW_RESERVED(422),
    /** Another regular payroll run already exists for this month. */
    DUPLICATE_PAYROLL_RUN(409),
    /** The payroll run is not in a state that allows this step. */
    PAYROLL_RUN_STATUS_CONFLICT(409),
    /** Only a closed run can be corrected. */
    RUN_NOT_CLOSED(422),
    /** The pay policy named does not exist or has no version in force for the period. */
    NO_PAY_POLICY(422),
    /** The body exceeds the configured maximum request size. */
    PAYLOAD_TOO_LARGE(413),
    /** The request's content type is not supported. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /**
     * The request line or a header is refused before the application reads it: an encoded slash, backslash or NUL in
     * the path, a double slash or a path parameter, a header value with control characters, a malformed request.
     */
    REQUEST_REJECTED(400),
    /** The request line (path and query) is longer than the server accepts. */
    URI_TOO_LONG(414),
    /** The request's headers are larger than the server accepts. */
    HEADERS_TOO_LARGE(431),
    /** The Idempotency-Key was already used for a different request. */
    IDEMPOTENCY_KEY_REUSED(422),
    /** The request is well-formed but the business rules refuse it. */
    BUSINESS_RULE_VIOLATED(422),
    /** A termination's last day lies before the hire date. */
    TERMINATION_BEFORE_HIRE(422),
    /** A change would take effect before the employee was hired. */
    EFFECTIVE_BEFORE_HIRE(422),
    /** The command would not change anything. */
    NO_CHANGE(422),
    /** An amount's currency differs from the currency already in use. */
    CURRENCY_MISMATCH(422),
    /** The purchase order's status does not allow this action (for example sending an order not yet approved). */
    PURCHASE_ORDER_STATUS_CONFLICT(409),
    /** Only a fully received purchase order can be closed; an order that will not be delivered is cancelled. */
    PURCHASE_ORDER_NOT_FULLY_RECEIVED(409),
    /** A purchase order drafted by a person must be approved by another person (four-eyes rule). */
    FOUR_EYES_REQUIRED(422),
    /** A receipt would bring a line's received quantity above the ordered quantity. */
    OVER_RECEIPT(422),
    /** The shipment's status does not allow this action (for example shipping before picking). */
    SHIPMENT_STATUS_CONFLICT(409),
    /** The employee has already clocked in on this shift. */
    ALREADY_CLOCKED_IN(409),
    /** The employee has already clocked out of this shift. */
    ALREADY_CLOCKED_OUT(409),
    /** The employee has not clocked in on this shift, so cannot clock out. */
    NOT_CLOCKED_IN(409),
    /** The shift was cancelled, missed or is over: it takes no clock-in (or clock-out) now. */
    SHIFT_CLOSED_FOR_CLOCKING(409),
    /** The employee is not on the shift's roster. */
    NOT_ON_SHIFT_ROSTER(422),
    /** A clock time outside what the shift allows (after its end, or a clock-out before the clock-in). */
    CLOCK_TIME_OUT_OF_RANGE(422),
    /** The timesheet's status does not allow this step (for example approving an approved timesheet). */
    TIMESHEET_STATUS_CONFLICT(409),
    /** The employee has no completed attendance in the period, so there is nothing to submit. */
    TIMESHEET_EMPTY(422),
    /** The leave request's status does not allow this step. */
    LEAVE_REQUEST_STATUS_CONFLICT(409),
    /** The leave request named does not exist in this employee's account. */
    UNKNOWN_LEAVE_REQUEST(404),
    /** Another requested or approved leave of the employee overlaps these days. */
    LEAVE_OVERLAP(409),
    /** A vacation request for more days than the balance holds (when the policy refuses instead of flagging). */
    LEAVE_OVER_BALANCE(422),
    /** The leave account is not open (not yet seen the hire, or the employment has ended). */
    LEAVE_ACCOUNT_CLOSED(409),
    /** The event processor cannot be reset (for example a saga processor): its events cannot be replayed. */
    PROCESSOR_RESET_NOT_SUPPORTED(409),
    /** The event processor could not be reset now, for example because another instance holds its segments. */
    PROCESSOR_RESET_REFUSED(409),
    /**
     * The event processor's projections cannot be rebuilt beside the live ones (for example a projection that keeps
     * its state in memory): reset it in place instead.
     */
    PROCESSOR_REBUILD_NOT_SUPPORTED(409),
    /** A rebuild of this event processor is already running. */
    PROCESSOR_REBUILD_IN_PROGRESS(409),
    /** The audit hash chain has no event yet, so there is no head to sign. */
    AUDIT_CHAIN_EMPTY(409),
    /** No personal data was ever recorded about this data subject, so there is nothing to erase. */
    DATA_SUBJECT_UNKNOWN(404),
    /** The data subject's personal data has already been erased. */
    ALREADY_ERASED(409),

    // --- Workforce: schedules, shifts and labour rules ---
    /** The shift named is not part of the schedule. */
    UNKNOWN_SHIFT(404),
    /** The swap request named is not part of the schedule. */
    UNKNOWN_SWAP(404),
    /** Another shift (in this or another schedule) already has this id. */
    DUPLICATE_SHIFT_ID(409),
    /** The shift was cancelled; nothing more can happen on it. */
    SHIFT_CANCELLED(409),
    /** The schedule was already published. */
    SCHEDULE_ALREADY_PUBLISHED(409),
    /** Only shifts of a published schedule can be opened for claims. */
    SCHEDULE_NOT_PUBLISHED(409),
    /** The employee is already on the shift. */
    ALREADY_ASSIGNED(409),
    /** The employee is not on the shift. */
    NOT_ASSIGNED(409),
    /** The shift already has as many employees as it needs. */
    SHIFT_FULL(409),
    /** The employee is on another shift of the schedule at the same time. */
    OVERLAPPING_SHIFT(409),
    /** The shift is not open for claims. */
    SHIFT_NOT_OPEN(409),
    /** The swap request was already approved or rejected, or the employee already asked to swap this shift. */
    SWAP_CONFLICT(409),
    /** Scheduling knows no employee with this id (or employee number): not hired, or not seen yet. */
    UNKNOWN_EMPLOYEE(422),
    /** The shift lies outside the employee's employment (before hire, after contract end or termination). */
    OUTSIDE_EMPLOYMENT(422),
    /** The assignment would exceed the weekly hours limit, which refuses overtime. */
    WEEKLY_HOURS_EXCEEDED(422),
    /** The assignment would exceed the weekly hours limit, which needs a manager's overtime approval. */
    OVERTIME_APPROVAL_REQUIRED(422),
    /** The assignment would leave less than the minimum rest between two shifts. */
    MINIMUM_REST_BREACHED(422),
    /** The assignment would exceed the maximum number of consecutive working days. */
    CONSECUTIVE_DAYS_EXCEEDED(422),
    // --- end of Workforce: schedules, shifts and labour rules ---
    /** The invoice's status does not allow this action (for example issuing an invoice twice). */
    INVOICE_STATUS_CONFLICT(409),
    /** The customer's account has no invoice with this id. */
    UNKNOWN_INVOICE(422),
    /** The tax rate code is not known, or has no rate in force on the document's date. */
    UNKNOWN_TAX_CODE(422),
    /** A payment allocation exceeds what the invoice has outstanding, or allocations exceed the payment. */
    OVER_ALLOCATION(422),
    /** A credit note would credit more than the invoice is still worth. */
    CREDIT_EXCEEDS_INVOICE(422),
    /** The accounting period is already closed. */
    PERIOD_ALREADY_CLOSED(409),
    /** An accounting period can only be closed once it has ended. */
    PERIOD_NOT_ENDED(422),
    /** The expense claim's status does not allow this action (for example reimbursing a rejected claim). */
    EXPENSE_CLAIM_STATUS_CONFLICT(409),
    // Legal and compliance: contracts, legal cases, trainings, policies, risks
    /** The contract's status does not allow this action (for example renewing a terminated contract). */
    CONTRACT_STATUS_CONFLICT(409),
    /** The legal case is closed, or the status change is not allowed from its current status. */
    LEGAL_CASE_STATUS_CONFLICT(409),
    /** The employee has no such training assigned, or no such policy acknowledgement requested. */
    UNKNOWN_COMPLIANCE_ITEM(404),
    /** The training was already completed, or the policy version already acknowledged. */
    ALREADY_COMPLETED(409),
    /** A policy version not higher than the one published, or the same version with other content. */
    POLICY_VERSION_CONFLICT(409),
    /** The risk is closed and accepts nothing more. */
    RISK_CLOSED(409),
    // Finance: supplier invoices, customer credit
    /** The supplier already has an invoice with this number (recorded against any purchase order). */
    DUPLICATE_SUPPLIER_INVOICE(409),
    /** Three-way match: a line would be invoiced for more than has been received. */
    OVER_INVOICED(422),
    /** Three-way match: an invoiced unit price differs from the order's unit price. */
    INVOICE_PRICE_MISMATCH(422),
    /** The purchase order has no supplier invoice with this id. */
    UNKNOWN_SUPPLIER_INVOICE(422),
    /** The supplier invoice has already been paid. */
    SUPPLIER_INVOICE_ALREADY_PAID(409),
    /** More customer credit would be applied than the customer holds. */
    INSUFFICIENT_CUSTOMER_CREDIT(422),
    // IT: assets, support tickets, security incidents
    /** The asset is already held by an employee: it must be returned first. */
    ASSET_ALREADY_ASSIGNED(409),
    /** The asset is not held by anybody, so it cannot be returned. */
    ASSET_NOT_ASSIGNED(409),
    /** The asset was retired; it accepts nothing more. */
    ASSET_RETIRED(409),
    /** Another asset already has this serial number. */
    DUPLICATE_SERIAL_NUMBER(409),
    /** The support ticket's status does not allow this step (for example closing a ticket not yet resolved). */
    TICKET_STATUS_CONFLICT(409),
    /** The security incident's status does not allow this step (reported, then contained, then resolved). */
    SECURITY_INCIDENT_STATUS_CONFLICT(409),
    /** A dependency (event store, database) is temporarily unavailable. */
    SERVICE_UNAVAILABLE(503),
    /** An unexpected failure; the details are in the server log, never in the response. */
    INTERNAL_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status this code is answered with. */
    public int httpStatus() {
        return httpStatus;
    }
}
