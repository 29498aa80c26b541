package dev.urakata.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event in an aggregate's history, with the aggregate's state right after it.
 *
 * @param sequence      the event's sequence number within the aggregate, from 0
 * @param eventId       the event's id
 * @param eventType     the event's simple type name
 * @param timestamp     when it was recorded
 * @param user          who caused it
 * @param correlationId the business transaction it belongs to
 * @param causationId   the message that directly caused it
 * @param payload       the event's fields
 * @param stateAfter    the aggregate's state after applying it, rebuilt from its events
 */
public record TimelineStep(long sequence, String eventId, String eventType, Instant timestamp, String user,
                           String correlationId, String causationId, Map<String, Object> payload,
                           Map<String, Object> stateAfter) {
}
