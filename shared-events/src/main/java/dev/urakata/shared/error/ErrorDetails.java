package dev.urakata.shared.error;

/**
 * The serializable details of a refused command, as carried by Axon's {@code CommandExecutionException}.
 *
 * @param code   the stable error code
 * @param detail a human-readable explanation, safe to show to the caller
 */
public record ErrorDetails(ErrorCode code, String detail) {
}
