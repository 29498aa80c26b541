package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
    public static final String COLLECTION = "it_support_tickets";

    public SupportTicketProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "status", "dueAt");
    }

    @EventHandler
    void on(TicketOpenedEvent event) {
        if (!DocumentIds.exists(mongo, COLLECTION, event.ticketId().value())) {
            mongo.insert(new TicketDocument(event.ticketId().value(), event.requester(),
                    event.requesterId() != null ? event.requesterId() : event.requester(), event.subject(),
                    event.description(), event.category(), event.priority(), TicketStatus.OPEN, event.openedBy(),
                    event.openedAt(), event.dueAt(), false, List.of(), null, null, null, null), COLLECTION);
        }
    }

    @EventHandler
    void on(TicketAssignedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("assignee", event.assignee()), COLLECTION);
    }

    @EventHandler
    void on(TicketCommentedEvent event, EventMessage<?> message) {
        mongo.updateFirst(byId(event.ticketId()), new Update().addToSet("comments", new TicketDocument.Comment(
                message.getIdentifier(), event.author(), event.text(), event.commentedAt())), COLLECTION);
    }

    @EventHandler
    void on(TicketResolvedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), new Update()
                .set("status", TicketStatus.RESOLVED)
                .set("resolution", event.resolution())
                .set("resolvedBy", event.resolvedBy())
                .set("resolvedAt", event.resolvedAt()), COLLECTION);
    }

    @EventHandler
    void on(TicketReopenedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("status", TicketStatus.OPEN), COLLECTION);
    }

    @EventHandler
    void on(TicketClosedEvent event) {
        mongo.updateFirst(byId(event.ticketId()), Update.update("status", TicketStatus.CLOSED), COLLECTION);
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
        for (TicketDocument ticket : mongo.find(Query.query(Criteria.where("requesterId")
                .is(event.subjectId().value())), TicketDocument.class, COLLECTION)) {
            List<TicketDocument.Comment> comments = ticket.comments().stream()
                    .map(comment -> comment.erased(PersonalDataFields.ERASED)).toList();
            Update erased = new Update().set("subject", PersonalDataFields.ERASED)
                    .set("description", PersonalDataFields.ERASED).set("comments", comments);
            if (ticket.resolution() != null) {
                erased.set("resolution", PersonalDataFields.ERASED);
            }
            mongo.updateFirst(byId(ticket.id()), erased, COLLECTION);
        }
    }

    @QueryHandler
    TicketPage handle(ListTicketsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("priority", query.priority())
                .equal("assignee", query.assignee()).equal("requester", query.requester()).criteria();
        Instant at = query.at() == null ? Instant.now() : query.at();
        MongoPages.Slice<TicketSummary> slice = MongoPages.read(mongo, COLLECTION, TicketDocument.class,
                Query.query(criteria), Sort.by("dueAt", "_id"), query.page(), query.size(), doc -> summary(doc, at));
        return new TicketPage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    Optional<TicketDetails> handle(FindTicketQuery query) {
        TicketDocument doc = mongo.findById(query.ticketId().value(), TicketDocument.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        Instant at = query.at() == null ? Instant.now() : query.at();
        List<TicketComment> comments = doc.comments().stream()
                .map(c -> new TicketComment(c.author(), c.text(), c.commentedAt()))
                .sorted(Comparator.comparing(TicketComment::commentedAt))
                .toList();
        return Optional.of(new TicketDetails(summary(doc, at), doc.description(), doc.openedBy(), doc.resolution(),
                doc.resolvedBy(), comments));
    }

    /**
     * A ticket's summary with its SLA status at {@code at}: breached when the breach was recorded, or when the ticket
     * is open and its deadline has passed by then (the deadline's event may still be on its way); the remaining
     * minutes only for an open ticket.
     */
    private static TicketSummary summary(TicketDocument doc, Instant at) {
        boolean open = doc.status() == TicketStatus.OPEN;
        boolean breached = doc.breached() || (open && !at.isBefore(doc.dueAt()));
        Long remaining = open ? Math.floorDiv(Duration.between(at, doc.dueAt()).getSeconds(), 60L) : null;
        return new TicketSummary(new TicketId(doc.id()), doc.requester(), doc.subject(), doc.category(),
                doc.priority(), doc.status(), doc.assignee(), doc.openedAt(), doc.dueAt(), breached, remaining,
                doc.resolvedAt());
    }

}
