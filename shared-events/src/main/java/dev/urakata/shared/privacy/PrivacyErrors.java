package dev.urakata.shared.privacy;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Privacy: erasure of a data subject's personal data.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum PrivacyErrors implements ErrorCode {
    /** No personal data was ever recorded about this data subject, so there is nothing to erase. */
    DATA_SUBJECT_UNKNOWN(Refusal.NOT_FOUND),
    /** The data subject's personal data has already been erased. */
    ALREADY_ERASED(Refusal.CONFLICT);

    private final Refusal refusal;

    PrivacyErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
