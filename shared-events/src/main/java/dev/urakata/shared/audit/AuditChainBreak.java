package dev.urakata.shared.audit;

/**
 * The first place where the audit hash chain recomputed from the event store differs from the stored chain.
 *
 * @param position     the global position of the first link that does not match
 * @param eventId      the id of the event at that position ({@code null} when the event store has no event there)
 * @param expectedHash the hash recomputed from the event store (hex), {@code null} when the event is missing
 * @param storedHash   the hash the stored chain holds (hex), {@code null} when the chain has no link there
 */
public record AuditChainBreak(long position, String eventId, String expectedHash, String storedHash) {
}
