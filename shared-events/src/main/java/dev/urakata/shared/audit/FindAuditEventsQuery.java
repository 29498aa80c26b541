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
        int size) {
}
