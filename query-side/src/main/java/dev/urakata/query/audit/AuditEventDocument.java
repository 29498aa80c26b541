package dev.urakata.query.audit;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A document of {@code audit_events}: one event of any context, keyed by the event's id. {@link AuditTrailProjection}
 * writes it through the driver rather than as this record (the template's mapping pass cost a fifth of a rebuild's
 * CPU) and reads it as the driver's document, whose payload it turns back into JSON as it was stored; this record
 * states the stored form for the catalogue, and the projection's test checks that the two agree.
 */
public record AuditEventDocument(
        @Id String id,
        @Meaning("the event's type, e.g. `EmployeeHiredEvent`") String eventType,
        @Meaning("when it was recorded") Instant timestamp,
        @Meaning(value = "who caused it (absent for events of deadlines and policies)", optional = true) String user,
        @Meaning(value = "the business transaction it is part of", optional = true) String correlationId,
        @Meaning(value = "the message that caused it", optional = true) String causationId,
        @Meaning(value = "the event's content, as JSON", hidden = true) Map<String, Object> payload,
        @Meaning(value = "the person whose personal data the content holds", optional = true, hidden = true)
        String dataSubject,
        @Meaning(value = "the content's fields erased with the data subject", optional = true, hidden = true)
        List<String> personalFields,
        @Meaning(value = "the type of the aggregate it belongs to", optional = true) String aggregateType,
        @Meaning(value = "the aggregate it belongs to", optional = true) String aggregateId,
        @Meaning(value = "its position within its aggregate", optional = true) Long sequence,
        @Meaning(value = "its position in the event store", optional = true) Long globalPosition,
        @Meaning("the ids it names: its aggregate and every person, document or thing its content refers to by id")
        List<String> mentions) {
}
