package dev.urakata.shared.operations;

/**
 * The letters of one sequence removed from a dead-letter queue without being handled.
 *
 * @param processingGroup    the processing group
 * @param sequenceId         the evicted sequence
 * @param evictedLetters     number of letters removed
 * @param remainingSequences sequences still in the queue
 */
public record DeadLetterEvictionResult(String processingGroup, String sequenceId, int evictedLetters,
                                       long remainingSequences) {
}
