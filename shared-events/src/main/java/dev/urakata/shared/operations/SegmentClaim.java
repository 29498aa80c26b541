package dev.urakata.shared.operations;

import java.time.Instant;

/**
 * Who holds one segment of a streaming processor, as the token store records it.
 *
 * @param segment     the segment id
 * @param owner       the instance that claims it ({@code pid@host}, or the embedded default's fixed name);
 *                    {@code null} while nobody does
 * @param claimedAt   when the owner last claimed or renewed it; a claim not renewed within the claim timeout may
 *                    be taken by another instance
 */
public record SegmentClaim(int segment, String owner, Instant claimedAt) {
}
