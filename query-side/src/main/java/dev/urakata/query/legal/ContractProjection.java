package dev.urakata.query.legal;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractDetails;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractExpiryReminderIssuedEvent;
import dev.urakata.shared.legal.ContractHistoryEntry;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractPage;
import dev.urakata.shared.legal.ContractRenewedEvent;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.legal.ContractSummary;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.FindContractQuery;
import dev.urakata.shared.legal.ListContractsQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Contracts: one document per contract with its terms, status and history. Events of one contract arrive in order;
 * each document remembers the sequence number of the last event applied and ignores one it has seen, so a
 * redelivered event neither adds a history line twice nor moves the status back.
 */
@Component
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
public class ContractProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "legal-contracts";
    static final String COLLECTION = "legal_contracts";
    /** Sorts open-ended contracts after every dated one. */
    private static final String OPEN_ENDED = "9999-12-31";

    public ContractProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(ContractDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        if (mongo.findById(event.contractId().value(), Document.class, COLLECTION) != null) {
            return;
        }
        mongo.upsert(byId(event.contractId()), new Update()
                .set("kind", event.kind().name())
                .set("counterpartyId", event.counterpartyId())
                .set("title", event.title())
                .set("startDate", event.startDate().toString())
                .set("endDate", iso(event.endDate()))
                .set("endSort", event.endDate() == null ? OPEN_ENDED : event.endDate().toString())
                .set("status", ContractStatus.DRAFT.name())
                .set(LAST_SEQUENCE, sequence)
                .push("history", entry(at, "ContractDraftedEvent", user, "Drafted: " + event.title() + ", "
                        + event.startDate() + " to " + (event.endDate() == null ? "open-ended" : event.endDate()))),
                COLLECTION);
    }

    @EventHandler
    void on(ContractSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.SIGNED.name())
                .set("signedOn", event.signedOn().toString()), at, event, user, "Signed on " + event.signedOn());
    }

    @EventHandler
    void on(ContractActivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.ACTIVE.name()), at, event, user,
                "In force from " + event.activeFrom());
    }

    @EventHandler
    void on(ContractRenewedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        Document doc = mongo.findById(event.contractId().value(), Document.class, COLLECTION);
        boolean active = doc != null && !ContractStatus.SIGNED.name().equals(doc.getString("status"));
        Update update = new Update().set("endDate", event.newEndDate().toString())
                .set("endSort", event.newEndDate().toString());
        if (active) {
            update.set("status", ContractStatus.RENEWED.name());
        }
        step(event.contractId(), sequence, update, at, event, user,
                "Renewed: end date " + event.previousEndDate() + " moved to " + event.newEndDate());
    }

    @EventHandler
    void on(ContractTerminatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.TERMINATED.name())
                        .set("terminatedOn", event.terminatedOn().toString()), at, event, user,
                "Terminated, last day " + event.terminatedOn() + ": " + event.reason());
    }

    @EventHandler
    void on(ContractExpiryReminderIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update(), at, event, user,
                "Expires on " + event.endDate() + " (reminder " + event.daysBefore() + " days before)");
    }

    @EventHandler
    void on(ContractExpiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.EXPIRED.name()), at, event,
                user, "Expired after " + event.endDate());
    }

    @QueryHandler
    ContractPage handle(ListContractsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("kind", query.kind())
                .equal("counterpartyId", query.counterpartyId()).criteria();
        if (query.expiringOn() != null) {
            if (query.status() == null) {
                criteria.and("status").in(ContractStatus.SIGNED.name(), ContractStatus.ACTIVE.name(),
                        ContractStatus.RENEWED.name());
            }
            criteria.and("endDate").gte(query.expiringOn().toString())
                    .lte(query.expiringOn().plusDays(query.withinDays()).toString());
        }
        Query select = Query.query(criteria);
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.asc("endSort"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        List<ContractSummary> items = mongo.find(select, Document.class, COLLECTION).stream()
                .map(ContractProjection::summary).toList();
        return new ContractPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<ContractDetails> handle(FindContractQuery query) {
        return Optional.ofNullable(mongo.findById(query.contractId().value(), Document.class, COLLECTION))
                .map(doc -> new ContractDetails(summary(doc), doc.getList("history", Document.class, List.of())
                        .stream().map(h -> new ContractHistoryEntry(h.getDate("recordedAt").toInstant(),
                                h.getString("event"), h.getString("user"), h.getString("detail"))).toList()));
    }

    private static ContractSummary summary(Document doc) {
        return new ContractSummary(new ContractId(doc.getString("_id")), ContractKind.valueOf(doc.getString("kind")),
                doc.getString("counterpartyId"), doc.getString("title"), date(doc.getString("startDate")),
                date(doc.getString("endDate")), ContractStatus.valueOf(doc.getString("status")),
                date(doc.getString("signedOn")), date(doc.getString("terminatedOn")));
    }

    /** Applies {@code update} and a history line unless the contract has already seen this event. */
    private void step(ContractId contractId, long sequence, Update update, Instant at, Object event, String user,
                      String detail) {
        applyOnce(COLLECTION, contractId, sequence,
                update.push("history", entry(at, event.getClass().getSimpleName(), user, detail)));
    }

    private static Document entry(Instant at, String event, String user, String detail) {
        return new Document("recordedAt", Date.from(at)).append("event", event).append("user", user)
                .append("detail", detail);
    }


    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
