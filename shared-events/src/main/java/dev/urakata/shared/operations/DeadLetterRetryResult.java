package dev.urakata.shared.operations;

/**
 * What a retry of a processing group's dead letters achieved.
 *
 * @param processingGroup    the processing group
 * @param processedSequences sequences whose letters were all handled and left the queue
 * @param remainingSequences sequences still in the queue (a retry stops at the first sequence that fails again)
 */
public record DeadLetterRetryResult(String processingGroup, int processedSequences, long remainingSequences) {
}
