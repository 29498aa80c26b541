package dev.urakata.query.audit;

import dev.urakata.shared.audit.FindAuditEventsQuery;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * The filters of an audit trail search, as one Mongo query: shared by the paged search and the streaming export so
 * both always select the same entries. Every filter is optional; blank means "any".
 */
record AuditTrailFilter(String aggregateType, String aggregateId, String eventType, String user,
                        String correlationId, Instant from, Instant to, String subject) {

    AuditTrailFilter(String aggregateType, String aggregateId, String eventType, String user, String correlationId,
                     Instant from, Instant to) {
        this(aggregateType, aggregateId, eventType, user, correlationId, from, to, null);
    }

    static AuditTrailFilter of(FindAuditEventsQuery query) {
        return new AuditTrailFilter(query.aggregateType(), query.aggregateId(), query.eventType(), query.user(),
                query.correlationId(), query.from(), query.to(), query.subject());
    }

    /** Refuses a time window that cannot match anything. */
    AuditTrailFilter checked() {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from must be before to");
        }
        return this;
    }

    Query toQuery() {
        Criteria criteria = new Criteria();
        equalTo(criteria, "aggregateType", aggregateType);
        equalTo(criteria, "aggregateId", aggregateId);
        sameName(criteria, "eventType", eventType);
        sameName(criteria, "user", user);
        equalTo(criteria, "correlationId", correlationId);
        equalTo(criteria, "mentions", subject);
        if (from != null || to != null) {
            Criteria time = criteria.and("timestamp");
            if (from != null) {
                time.gte(Date.from(from));
            }
            if (to != null) {
                time.lt(Date.from(to));
            }
        }
        return Query.query(criteria);
    }

    /**
     * A name a person types (a user, an event type) matches whatever its case: {@code user=HR} used to find nothing
     * where {@code hr} found the HR clerk's 86 events.
     */
    private static void sameName(Criteria criteria, String field, String value) {
        if (value != null && !value.isBlank()) {
            criteria.and(field).regex("^" + Pattern.quote(value) + "$", "i");
        }
    }

    private static void equalTo(Criteria criteria, String field, String value) {
        if (value != null && !value.isBlank()) {
            criteria.and(field).is(value);
        }
    }
}
