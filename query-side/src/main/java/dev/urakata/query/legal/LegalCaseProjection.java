package dev.urakata.query.legal;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.legal.LegalCaseDocument.Note;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseNote;
import dev.urakata.shared.legal.LegalCaseNoteRecordedEvent;
import dev.urakata.shared.legal.LegalCaseOpenedEvent;
import dev.urakata.shared.legal.LegalCasePage;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseStatusChangedEvent;
import dev.urakata.shared.legal.LegalCaseSummary;
import dev.urakata.shared.legal.ListLegalCasesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Legal cases: one document per case with its status and notes (a status change with a note adds one too). Each
 * document remembers the sequence number of the last event applied, so redelivery adds nothing.
 */
@Component
@ProcessingGroup(LegalCaseProjection.PROCESSING_GROUP)
public class LegalCaseProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "legal-cases";
    public static final String COLLECTION = "legal_cases";

    public LegalCaseProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(LegalCaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (DocumentIds.exists(mongo, COLLECTION, event.caseId().value())) {
            return;
        }
        mongo.insert(new LegalCaseDocument(event.caseId().value(), event.kind(), event.counterpartyId(),
                event.subject(), event.reference(), LegalCaseStatus.OPEN, at, List.of(), sequence), COLLECTION);
    }

    @EventHandler
    void on(LegalCaseNoteRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.caseId(), sequence, new Update().push("notes", note(at, user, event.note())));
    }

    @EventHandler
    void on(LegalCaseStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        Update update = new Update().set("status", event.to());
        update.push("notes", note(at, user, event.from() + " -> " + event.to()
                + (event.note() == null ? "" : ": " + event.note())));
        step(event.caseId(), sequence, update);
    }

    @QueryHandler
    LegalCasePage handle(ListLegalCasesQuery query) {
        Criteria criteria = new Filters().equal("_id", query.caseId()).equal("status", query.status())
                .equal("kind", query.kind()).criteria();
        Query select = Query.query(criteria);
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        return new LegalCasePage(mongo.find(select, LegalCaseDocument.class, COLLECTION).stream()
                .map(LegalCaseProjection::summary).toList(), query.page(), query.size(), total);
    }

    private static LegalCaseSummary summary(LegalCaseDocument doc) {
        return new LegalCaseSummary(new LegalCaseId(doc.id()), doc.kind(), doc.counterpartyId(), doc.subject(),
                doc.reference(), doc.status(), doc.openedAt(), doc.notes().stream()
                .map(note -> new LegalCaseNote(note.recordedAt(), note.user(), note.text())).toList());
    }

    private void step(LegalCaseId caseId, long sequence, Update update) {
        applyOnce(COLLECTION, caseId, sequence, update);
    }

    private static Note note(Instant at, String user, String text) {
        return new Note(at, user, text);
    }
}
