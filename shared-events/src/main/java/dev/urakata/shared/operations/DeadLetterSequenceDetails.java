package dev.urakata.shared.operations;

import java.util.List;

/**
 * The dead letters of one sequence (for projections, one aggregate), which are retried or evicted together.
 *
 * @param sequenceId the sequence identifier, as used by the evict endpoint
 * @param letters    its letters in the order they will be retried
 */
public record DeadLetterSequenceDetails(String sequenceId, List<DeadLetterDetails> letters) {
    public DeadLetterSequenceDetails {
        letters = List.copyOf(letters);
    }
}
