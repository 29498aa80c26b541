package dev.urakata.shared.audit;

import java.time.Instant;

/**
 * Ask for an aggregate's events with its state after each, as the audit timeline shows them; answered by the
 * command side (only it knows the aggregates) with an {@link AggregateTimeline}, or nothing when no such aggregate
 * type or aggregate exists. Lets a reader on the query side, such as the web console, step through a timeline over
 * the query bus instead of over HTTP.
 *
 * @param aggregateType the aggregate's simple type name, for example {@code Employee}
 * @param aggregateId   the aggregate's id
 * @param asOfSequence  stop after this sequence number, or {@code null}
 * @param asOf          stop at the last event recorded at or before this instant, or {@code null}
 */
public record FindAggregateTimelineQuery(String aggregateType, String aggregateId, Long asOfSequence,
                                         Instant asOf) {
}
