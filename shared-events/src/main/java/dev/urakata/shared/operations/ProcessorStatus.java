package dev.urakata.shared.operations;

/**
 * The state of one event processor as seen by the instance that answers.
 *
 * <p>The position fields are only known for streaming processors; they are {@code null} for subscribing ones, and
 * {@code lowestPosition} is also {@code null} while this instance claims no segment.
 *
 * @param name            the processor name (for projections, the processing group)
 * @param streaming       whether it reads the event stream at its own pace (tracking or pooled streaming)
 * @param running         whether it is running on this instance
 * @param error           whether it, or one of its segments, is in an error state
 * @param replaying       whether it is replaying events after a reset
 * @param claimedSegments number of segments claimed by this instance
 * @param lowestPosition  the lowest token position over the segments claimed here
 * @param headPosition    the position of the newest event in the event store
 * @param lag             events between the head of the store and the lowest position
 * @param replayProgress  how far a replay has come, 0 to 100; 100 when not replaying
 * @param rebuild         the current or latest blue-green rebuild of its projections; {@code null} if there was none
 * @param instance        the name of the answering instance, as it appears among the owners
 * @param segments        every segment of the processor and who holds it, across all instances (empty for
 *                        subscribing processors)
 */
public record ProcessorStatus(String name, boolean streaming, boolean running, boolean error, boolean replaying,
                              int claimedSegments, Long lowestPosition, Long headPosition, Long lag,
                              Integer replayProgress, RebuildStatus rebuild, String instance,
                              java.util.List<SegmentClaim> segments) {
}
