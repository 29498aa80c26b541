package dev.urakata.shared.operations;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Operations: event processors, their resets and rebuilds.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum OperationsErrors implements ErrorCode {
    /** The event processor cannot be reset (for example a saga processor): its events cannot be replayed. */
    PROCESSOR_RESET_NOT_SUPPORTED(Refusal.CONFLICT),
    /** The event processor could not be reset now, for example because another instance holds its segments. */
    PROCESSOR_RESET_REFUSED(Refusal.CONFLICT),
    /**
     * The event processor's projections cannot be rebuilt beside the live ones (for example a projection that keeps
     * its state in memory): reset it in place instead.
     */
    PROCESSOR_REBUILD_NOT_SUPPORTED(Refusal.CONFLICT),
    /** A rebuild of this event processor is already running. */
    PROCESSOR_REBUILD_IN_PROGRESS(Refusal.CONFLICT);

    private final Refusal refusal;

    OperationsErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
