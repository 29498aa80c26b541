package dev.urakata.shared.audit;

import java.util.List;

/**
 * The result of recomputing the audit hash chain from the event store and comparing it with the stored chain
 * and the signed checkpoints, and the security and refusal log's chain from its rows.
 *
 * @param verified              {@code true} when every link and every checkpoint matches and the refusal log is
 *                              intact
 * @param eventsChecked         how many events were recomputed
 * @param headPosition          the global position of the stored chain's head ({@code null} when empty)
 * @param headHash              the stored chain's head hash (hex, {@code null} when empty)
 * @param firstBreak            the first link that does not match, or {@code null}
 * @param checkpointsChecked    how many signed checkpoints were checked
 * @param checkpointMismatches  the checkpoints that do not match
 * @param refusalLog            the security and refusal log's chain (a log of its own, not the event store)
 */
public record AuditChainVerification(
        boolean verified,
        long eventsChecked,
        Long headPosition,
        String headHash,
        AuditChainBreak firstBreak,
        int checkpointsChecked,
        List<AuditCheckpointMismatch> checkpointMismatches,
        RefusalLogVerification refusalLog) {
    public AuditChainVerification {
        checkpointMismatches = List.copyOf(checkpointMismatches);
    }
}
