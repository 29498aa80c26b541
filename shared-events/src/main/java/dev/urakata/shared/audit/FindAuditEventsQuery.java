package dev.urakata.shared.audit;

import java.time.Instant;

/**
 * Search the audit trail; answered with an {@link AuditEventPage}, oldest event first.
 * Every filter is optional ({@code null} means "any").
 *
 * @param aggregateType  the aggregate type, for example {@code Employee}
 * @param aggregateId    one aggregate's id
 * @param eventType      the event's simple type name, for example {@code EmployeeHiredEvent}
 * @param user           the user whose command caused the event
 * @param correlationId  the business transaction the event belongs to
 * @param from           earliest timestamp, inclusive
 * @param to             latest timestamp, exclusive
 * @param page           page number from 0
 * @param size           page size
 * @param subject        a person (data subject) the event names anywhere: as its aggregate, its data subject, or
 *                       an id in its content
 */
public record FindAuditEventsQuery(
        String aggregateType,
        String aggregateId,
        String eventType,
        String user,
        String correlationId,
        Instant from,
        Instant to,
        int page,
        int size,
        String subject) {

    /** A search that names no data subject. */
    public FindAuditEventsQuery(String aggregateType, String aggregateId, String eventType, String user,
                                String correlationId, Instant from, Instant to, int page, int size) {
        this(aggregateType, aggregateId, eventType, user, correlationId, from, to, page, size, null);
    }
}
