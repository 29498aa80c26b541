package dev.urakata.shared.legal;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Legal: contracts and legal cases.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum LegalErrors implements ErrorCode {
    /** The contract's status does not allow this action (for example renewing a terminated contract). */
    CONTRACT_STATUS_CONFLICT(Refusal.CONFLICT),
    /** The legal case is closed, or the status change is not allowed from its current status. */
    LEGAL_CASE_STATUS_CONFLICT(Refusal.CONFLICT);

    private final Refusal refusal;

    LegalErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
