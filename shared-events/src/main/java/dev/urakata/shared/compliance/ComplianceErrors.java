package dev.urakata.shared.compliance;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Compliance: trainings, policy acknowledgements and risks.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum ComplianceErrors implements ErrorCode {
    /** The employee has no such training assigned, or no such policy acknowledgement requested. */
    UNKNOWN_COMPLIANCE_ITEM(Refusal.NOT_FOUND),
    /** The training was already completed, or the policy version already acknowledged. */
    ALREADY_COMPLETED(Refusal.CONFLICT),
    /** A policy version not higher than the one published, or the same version with other content. */
    POLICY_VERSION_CONFLICT(Refusal.CONFLICT),
    /** The risk is closed and accepts nothing more. */
    RISK_CLOSED(Refusal.CONFLICT);

    private final Refusal refusal;

    ComplianceErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
