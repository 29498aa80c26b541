package dev.urakata.shared.audit;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Audit: the hash chain over the event store.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum AuditErrors implements ErrorCode {
    /** The audit hash chain has no event yet, so there is no head to sign. */
    AUDIT_CHAIN_EMPTY(Refusal.CONFLICT);

    private final Refusal refusal;

    AuditErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
