package dev.urakata.shared.operations;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event that its handler could not process, parked in a dead-letter queue.
 *
 * @param eventId        the event's identifier
 * @param eventType      the simple name of the event's payload type
 * @param aggregateId    the aggregate that published it; {@code null} for events without an aggregate
 * @param sequenceNumber its sequence number within the aggregate; {@code null} for events without an aggregate
 * @param causeType      the class name of the exception that parked it; {@code null} when it only waits behind
 *                       an earlier letter of its sequence
 * @param causeMessage   that exception's message
 * @param enqueuedAt     when it was parked
 * @param lastTouched    when it was last parked or retried
 * @param diagnostics    what the enqueue policy recorded about it
 */
public record DeadLetterDetails(String eventId, String eventType, String aggregateId, Long sequenceNumber,
                                String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                                Map<String, String> diagnostics) {
    public DeadLetterDetails {
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    }
}
