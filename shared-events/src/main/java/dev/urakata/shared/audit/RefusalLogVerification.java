package dev.urakata.shared.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The result of recomputing the security and refusal log's hash chain from its rows: every row's hash from its
 * fields and the row before, every link, and that the sequence has no gap.
 *
 * @param intact              {@code true} when every row and link matches
 * @param rowsChecked         how many rows were read
 * @param headSequence        the last row's sequence ({@code null} when the log is empty)
 * @param headHash            the last row's hash ({@code null} when the log is empty)
 * @param firstBrokenSequence the first sequence where the chain does not hold ({@code null} when intact)
 * @param problem             what is wrong there ({@code null} when intact)
 */
@Schema(description = "The security and refusal log's hash chain, recomputed from its rows")
public record RefusalLogVerification(
        @Schema(description = "true when every row's hash and every link matches and no sequence is missing")
        boolean intact,
        @Schema(description = "how many rows were read") long rowsChecked,
        @Schema(description = "the last row's sequence; absent when the log is empty. Note it with headHash "
                + "somewhere else: removing the newest rows leaves a shorter chain that still holds")
        Long headSequence,
        @Schema(description = "the last row's hash; absent when the log is empty") String headHash,
        @Schema(description = "the first sequence where the chain does not hold; absent when intact")
        Long firstBrokenSequence,
        @Schema(description = "what is wrong there; absent when intact",
                example = "the row's hash does not match its fields") String problem) {
}
