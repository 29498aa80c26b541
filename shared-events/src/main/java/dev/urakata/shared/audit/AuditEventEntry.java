package dev.urakata.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event as the audit trail records it: what happened, to what, when, by whom and as part of what.
 *
 * @param eventId        the event's unique id
 * @param eventType      the event's simple type name
 * @param aggregateType  the aggregate type
 * @param aggregateId    the aggregate's id
 * @param sequence       the event's sequence number within its aggregate, from 0
 * @param globalPosition the event's position in the global event stream
 * @param timestamp      when the event was recorded (UTC)
 * @param user           the authenticated user whose command caused it
 * @param correlationId  the business transaction it belongs to
 * @param causationId    the id of the message that directly caused it
 * @param payload        the event's fields
 */
public record AuditEventEntry(
        String eventId,
        String eventType,
        String aggregateType,
        String aggregateId,
        long sequence,
        Long globalPosition,
        Instant timestamp,
        String user,
        String correlationId,
        String causationId,
        Map<String, Object> payload) {
}
