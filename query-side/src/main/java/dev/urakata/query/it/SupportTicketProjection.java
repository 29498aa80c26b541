package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.it.FindTicketQuery;
import dev.urakata.shared.it.ListTicketsQuery;
import dev.urakata.shared.it.TicketAssignedEvent;
import dev.urakata.shared.it.TicketClosedEvent;
import dev.urakata.shared.it.TicketComment;
import dev.urakata.shared.it.TicketCommentedEvent;
import dev.urakata.shared.it.TicketDetails;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPage;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketReopenedEvent;
import dev.urakata.shared.it.TicketResolvedEvent;
import dev.urakata.shared.it.TicketSlaBreachedEvent;
import dev.urakata.shared.it.TicketStatus;
import dev.urakata.shared.it.TicketSummary;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Support tickets with their SLA status and comments: one document per ticket. The SLA status is worked out when
 * asked, against the instant asked about, so the remaining time is never stale. Idempotent: the opening is inserted
 * once, later steps set fields, and a comment is added to a set keyed by its event id.
 */
@Component
@ProcessingGroup(SupportTicketProjection.PROCESSING_GROUP)
public class SupportTicketProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "it-support-tickets";
    static final String COLLECTION = "it_support_tickets";

    public SupportTicketProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "status", "dueAt");
    }

    @EventHandler
    void on(TicketOpenedEvent event) {
        mongo.upsert(byId(event.ticketId()), new Update()
                .setOnInsert("requester", event.requester())
                .setOnInsert("requesterId", event.requesterId() != null ? event.requesterId() : event.requester())
                .setOnInsert("subject", event.subject())
                .setOnInsert("description", event.description())
                .setOnInsert("category", event.category())
                .setOnInsert("priority", event.priority().name())
                .setOnInsert("status", TicketStatus.OPEN.name())
                .setOnInsert("openedBy", event.openedBy())
                .setOnInsert("openedAt", Date.from(event.openedAt()))
                .setOnInsert("dueAt", Date.from(event.dueAt()))
                .setOnInsert("breached", false)
                .setOnInsert("comments", List.of()), COLLECTION);
    }

    @EventHandler
    void on(TicketAssignedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("assignee", event.assignee()), COLLECTION);
    }

    @EventHandler
    void on(TicketCommentedEvent event, EventMessage<?> message) {
        mongo.updateFirst(byId(event.ticketId()), new Update().addToSet("comments",
                new Document("eventId", message.getIdentifier()).append("author", event.author())
                        .append("text", event.text()).append("commentedAt", Date.from(event.commentedAt()))),
                COLLECTION);
    }

    @EventHandler
    void on(TicketResolvedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), new Update()
                .set("status", TicketStatus.RESOLVED.name())
                .set("resolution", event.resolution())
                .set("resolvedBy", event.resolvedBy())
                .set("resolvedAt", Date.from(event.resolvedAt())), COLLECTION);
    }

    @EventHandler
    void on(TicketReopenedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("status", TicketStatus.OPEN.name()), COLLECTION);
    }

    @EventHandler
    void on(TicketClosedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("status", TicketStatus.CLOSED.name()), COLLECTION);
    }

    @EventHandler
    void on(TicketSlaBreachedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("breached", true), COLLECTION);
    }

    /**
     * A ticket's subject, description, comments and resolution are free text about its requester: an erasure of the
     * requester overwrites them (the events already read as the placeholder).
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (Document ticket : mongo.find(Query.query(Criteria.where("requesterId").is(event.subjectId().value())),
                Document.class, COLLECTION)) {
            List<Document> comments = ticket.getList("comments", Document.class, List.of());
            comments.forEach(comment -> comment.put("text", PersonalDataFields.ERASED));
            Update erased = new Update().set("subject", PersonalDataFields.ERASED)
                    .set("description", PersonalDataFields.ERASED).set("comments", comments);
            if (ticket.get("resolution") != null) {
                erased.set("resolution", PersonalDataFields.ERASED);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(ticket.get("_id"))), erased, COLLECTION);
        }
    }

    @QueryHandler
    TicketPage handle(ListTicketsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("priority", query.priority())
                .equal("assignee", query.assignee()).equal("requester", query.requester()).criteria();
        Instant at = query.at() == null ? Instant.now() : query.at();
        MongoPages.Slice<TicketSummary> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by("dueAt", "_id"), query.page(), query.size(), doc -> summary(doc, at));
        return new TicketPage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    Optional<TicketDetails> handle(FindTicketQuery query) {
        Document doc = mongo.findById(query.ticketId().value(), Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        Instant at = query.at() == null ? Instant.now() : query.at();
        List<TicketComment> comments = doc.getList("comments", Document.class, List.of()).stream()
                .map(c -> new TicketComment(c.getString("author"), c.getString("text"),
                        c.getDate("commentedAt").toInstant()))
                .sorted(java.util.Comparator.comparing(TicketComment::commentedAt))
                .toList();
        return Optional.of(new TicketDetails(summary(doc, at), doc.getString("description"),
                doc.getString("openedBy"), doc.getString("resolution"), doc.getString("resolvedBy"), comments));
    }

    /**
     * A ticket's summary with its SLA status at {@code at}: breached when the breach was recorded, or when the ticket
     * is open and its deadline has passed by then (the deadline's event may still be on its way); the remaining
     * minutes only for an open ticket.
     */
    private static TicketSummary summary(Document doc, Instant at) {
        TicketStatus status = TicketStatus.valueOf(doc.getString("status"));
        Instant dueAt = doc.getDate("dueAt").toInstant();
        boolean open = status == TicketStatus.OPEN;
        boolean breached = doc.getBoolean("breached", false) || (open && !at.isBefore(dueAt));
        Long remaining = open ? Math.floorDiv(Duration.between(at, dueAt).getSeconds(), 60L) : null;
        Date resolvedAt = doc.getDate("resolvedAt");
        return new TicketSummary(new TicketId(doc.getString("_id")), doc.getString("requester"),
                doc.getString("subject"), doc.getString("category"), TicketPriority.valueOf(doc.getString("priority")),
                status, doc.getString("assignee"), doc.getDate("openedAt").toInstant(), dueAt, breached, remaining,
                resolvedAt == null ? null : resolvedAt.toInstant());
    }

}
