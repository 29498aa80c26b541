package dev.urakata.shared.error;

import java.util.Objects;

/**
 * A command or query refused for a reason the caller can act on, carrying a stable {@link ErrorCode}.
 *
 * <p>Aggregates throw it for bad input and broken invariants; the command bus turns it into an Axon
 * {@code CommandExecutionException} whose details are an {@link ErrorDetails}, so the code survives the trip
 * through Axon Server in distributed mode.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;

    public DomainException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code. */
    public ErrorCode code() {
        return code;
    }
}
