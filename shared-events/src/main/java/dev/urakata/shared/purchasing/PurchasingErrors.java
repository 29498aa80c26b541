package dev.urakata.shared.purchasing;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Purchasing: suppliers, purchase orders, receipts and supplier invoices.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum PurchasingErrors implements ErrorCode {
    /** The supplier named does not exist (the id is unknown or names something other than a supplier). */
    UNKNOWN_SUPPLIER(Refusal.RULE_VIOLATED),
    /** The purchase order's status does not allow this action (for example sending an order not yet approved). */
    PURCHASE_ORDER_STATUS_CONFLICT(Refusal.CONFLICT),
    /** Only a fully received purchase order can be closed; an order that will not be delivered is cancelled. */
    PURCHASE_ORDER_NOT_FULLY_RECEIVED(Refusal.CONFLICT),
    /** A receipt would bring a line's received quantity above the ordered quantity. */
    OVER_RECEIPT(Refusal.RULE_VIOLATED),
    /** The supplier already has an invoice with this number (recorded against any purchase order). */
    DUPLICATE_SUPPLIER_INVOICE(Refusal.CONFLICT),
    /** Three-way match: a line would be invoiced for more than has been received. */
    OVER_INVOICED(Refusal.RULE_VIOLATED),
    /** Three-way match: an invoiced unit price differs from the order's unit price. */
    INVOICE_PRICE_MISMATCH(Refusal.RULE_VIOLATED),
    /** The purchase order has no supplier invoice with this id. */
    UNKNOWN_SUPPLIER_INVOICE(Refusal.RULE_VIOLATED),
    /** The supplier invoice has already been paid. */
    SUPPLIER_INVOICE_ALREADY_PAID(Refusal.CONFLICT);

    private final Refusal refusal;

    PurchasingErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
