package dev.urakata.shared.finance;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Finance: customers, invoices, payments, tax codes, accounting periods and expense claims.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum FinanceErrors implements ErrorCode {
    /** The customer named does not exist (the id is unknown or names something other than a customer). */
    UNKNOWN_CUSTOMER(Refusal.RULE_VIOLATED),
    /** The invoice's status does not allow this action (for example issuing an invoice twice). */
    INVOICE_STATUS_CONFLICT(Refusal.CONFLICT),
    /** The customer's account has no invoice with this id. */
    UNKNOWN_INVOICE(Refusal.RULE_VIOLATED),
    /** The contract an invoice names does not exist, or is not a customer contract with the invoice's customer. */
    UNKNOWN_CONTRACT(Refusal.RULE_VIOLATED),
    /** The tax rate code is not known, or has no rate in force on the document's date. */
    UNKNOWN_TAX_CODE(Refusal.RULE_VIOLATED),
    /** A payment allocation exceeds what the invoice has outstanding, or allocations exceed the payment. */
    OVER_ALLOCATION(Refusal.RULE_VIOLATED),
    /** A credit note would credit more than the invoice is still worth. */
    CREDIT_EXCEEDS_INVOICE(Refusal.RULE_VIOLATED),
    /** The accounting period is already closed. */
    PERIOD_ALREADY_CLOSED(Refusal.CONFLICT),
    /** An accounting period can only be closed once it has ended. */
    PERIOD_NOT_ENDED(Refusal.RULE_VIOLATED),
    /** The expense claim's status does not allow this action (for example reimbursing a rejected claim). */
    EXPENSE_CLAIM_STATUS_CONFLICT(Refusal.CONFLICT),
    /** More customer credit would be applied than the customer holds. */
    INSUFFICIENT_CUSTOMER_CREDIT(Refusal.RULE_VIOLATED);

    private final Refusal refusal;

    FinanceErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
