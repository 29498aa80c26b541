package dev.urakata.shared.shipping;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Shipping: shipments.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum ShippingErrors implements ErrorCode {
    /** The shipment's status does not allow this action (for example shipping before picking). */
    SHIPMENT_STATUS_CONFLICT(Refusal.CONFLICT);

    private final Refusal refusal;

    ShippingErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
