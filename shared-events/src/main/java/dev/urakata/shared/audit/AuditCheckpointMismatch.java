package dev.urakata.shared.audit;

/**
 * A signed checkpoint that no longer matches the event store: its hash differs from the recomputed chain, its
 * signature does not verify, or the chain no longer reaches its position.
 *
 * @param checkpointId the checkpoint's id
 * @param position     the global position the checkpoint signed
 * @param reason       why it does not match, for a human reader
 */
public record AuditCheckpointMismatch(String checkpointId, long position, String reason) {
}
