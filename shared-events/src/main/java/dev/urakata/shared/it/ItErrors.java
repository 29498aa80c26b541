package dev.urakata.shared.it;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of IT: assets, support tickets and security incidents.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum ItErrors implements ErrorCode {
    /** The asset is already held by an employee: it must be returned first. */
    ASSET_ALREADY_ASSIGNED(Refusal.CONFLICT),
    /** The asset is not held by anybody, so it cannot be returned. */
    ASSET_NOT_ASSIGNED(Refusal.CONFLICT),
    /** The asset was retired; it accepts nothing more. */
    ASSET_RETIRED(Refusal.CONFLICT),
    /** Another asset already has this serial number. */
    DUPLICATE_SERIAL_NUMBER(Refusal.CONFLICT),
    /** The support ticket's status does not allow this step (for example closing a ticket not yet resolved). */
    TICKET_STATUS_CONFLICT(Refusal.CONFLICT),
    /** The security incident's status does not allow this step (reported, then contained, then resolved). */
    SECURITY_INCIDENT_STATUS_CONFLICT(Refusal.CONFLICT);

    private final Refusal refusal;

    ItErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
