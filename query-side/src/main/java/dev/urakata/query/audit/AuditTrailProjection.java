package dev.urakata.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.audit.AuditEventEntry;
import dev.urakata.shared.audit.AuditEventPage;
import dev.urakata.shared.audit.FindAuditEventsQuery;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The audit trail: one document per event of every context, with who, when, what and as part of which business
 * transaction, and the query handler that searches it. Keyed by the event's id, so a redelivered event
 * overwrites its own document with the same content.
 *
 * <p>An entry whose payload holds erasable personal data also records its data subject and those fields, so that
 * the subject's erasure can overwrite them with the placeholder in every entry (a rebuild after the erasure
 * reads the placeholder from the events themselves).
 *
 * <p>Each entry lists the ids it names ({@link SubjectMentions}), so that a person's whole trail is one indexed
 * query: {@code GET /api/privacy/subjects/{id}/trail}.
 *
 * <p>{@link AuditEventDocument} states the stored form of an entry.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "audit-trail";
    public static final String COLLECTION = "audit_events";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final ObjectMapper mapper;

    public AuditTrailProjection(MongoTemplate mongo, AuditJson json) {
        super(mongo, COLLECTION);
        this.mapper = json.mapper();
        for (String field : List.of("aggregateId", "eventType", "user", "correlationId", "timestamp",
                "globalPosition", "dataSubject", "mentions")) {
            index(COLLECTION, field);
        }
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        Document entry = new Document("_id", event.getIdentifier())
                .append("eventType", event.getPayloadType().getSimpleName())
                .append("timestamp", Date.from(event.getTimestamp()))
                .append("user", event.getMetaData().get(MetadataKeys.USER))
                .append("correlationId", event.getMetaData().get(MetadataKeys.CORRELATION_ID))
                .append("causationId", event.getMetaData().get(MetadataKeys.CAUSATION_ID))
                .append("payload", new Document(mapper.convertValue(payload, FIELDS)));
        PersonalDataFields personal = PersonalDataFields.of(event.getPayloadType());
        if (personal.any()) {
            entry.append("dataSubject", entry.get("payload", Document.class).get(personal.subjectField()))
                    .append("personalFields", personal.erasable());
        }
        String aggregateId = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            entry.append("aggregateType", domainEvent.getType())
                    .append("aggregateId", aggregateId)
                    .append("sequence", domainEvent.getSequenceNumber());
        }
        entry.append("mentions", SubjectMentions.of(payload, aggregateId, entry.get("dataSubject")));
        if (token != null && token.position().isPresent()) {
            entry.append("globalPosition", token.position().getAsLong());
        }
        // The driver's replace-with-upsert, which is what MongoTemplate.save sends for a Document, without the
        // template's mapping pass: it copied every entry once more, a fifth of a rebuild's own CPU per event.
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", entry.get("_id")), entry, UPSERT);
        if (payload instanceof PersonalDataErasedEvent erasure) {
            erase(erasure.subjectId().value());
        }
    }

    /** Overwrites the subject's personal data in every entry recorded so far. */
    private void erase(String subject) {
        for (Document entry : mongo.find(Query.query(Criteria.where("dataSubject").is(subject)), Document.class,
                COLLECTION)) {
            Document payload = entry.get("payload", Document.class);
            List<String> present = entry.getList("personalFields", String.class).stream()
                    .filter(field -> payload.get(field) != null).toList();
            if (present.isEmpty()) {
                // Nothing to overwrite (an optional reason left out). An empty update is no update: sent anyway, the
                // wire server took it for a replacement and left the entry with nothing but its id.
                continue;
            }
            Update update = new Update();
            present.forEach(field -> update.set("payload." + field, PersonalDataFields.ERASED));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.get("_id"))), update, COLLECTION);
        }
    }

    /** A rebuild starts from an empty trail. */
    @QueryHandler
    AuditEventPage handle(FindAuditEventsQuery query) {
        MongoPages.Slice<AuditEventEntry> slice = MongoPages.read(mongo, COLLECTION,
                AuditTrailFilter.of(query).toQuery(), Sort.by("globalPosition", "timestamp", "_id"), query.page(),
                query.size(), this::entry);
        return new AuditEventPage(slice.items(), query.page(), query.size(), slice.total());
    }

    /** An entry as the API shows it, from its stored document. */
    AuditEventEntry entry(Document doc) {
        Number sequence = (Number) doc.get("sequence");
        Number position = (Number) doc.get("globalPosition");
        return new AuditEventEntry(doc.getString("_id"), doc.getString("eventType"), doc.getString("aggregateType"),
                doc.getString("aggregateId"), sequence == null ? 0 : sequence.longValue(),
                position == null ? null : position.longValue(), doc.getDate("timestamp").toInstant(),
                doc.getString("user"), doc.getString("correlationId"), doc.getString("causationId"),
                mapper.convertValue(doc.get("payload", Document.class), FIELDS));
    }
}
