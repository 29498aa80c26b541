package dev.urakata.shared.operations;

/**
 * How much is parked in one processing group's dead-letter queue.
 *
 * @param processingGroup the processing group
 * @param sequences       number of dead-lettered sequences (for projections, aggregates)
 * @param letters         number of dead letters over all sequences
 */
public record DeadLetterGroupSummary(String processingGroup, long sequences, long letters) {
}
