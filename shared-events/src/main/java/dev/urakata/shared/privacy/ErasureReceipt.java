package dev.urakata.shared.privacy;

/**
 * The answer to an accepted erasure request.
 *
 * @param subjectId the data subject erased
 */
public record ErasureReceipt(String subjectId) {
}
