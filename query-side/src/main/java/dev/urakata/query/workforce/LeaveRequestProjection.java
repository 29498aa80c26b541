package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveRejectedEvent;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.LeaveRequestPage;
import dev.urakata.shared.workforce.LeaveRequestStatus;
import dev.urakata.shared.workforce.LeaveRequestSummary;
import dev.urakata.shared.workforce.LeaveRequestedEvent;
import dev.urakata.shared.workforce.LeaveType;
import dev.urakata.shared.workforce.ListLeaveRequestsQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Leave requests: one document per request with its days and what became of it. Idempotent: a request is
 * inserted once (a redelivered request changes nothing) and is decided once, so setting the decision again
 * writes the same values.
 */
@Component
@ProcessingGroup(LeaveRequestProjection.PROCESSING_GROUP)
public class LeaveRequestProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-leave-requests";
    static final String COLLECTION = "workforce_leave_requests";

    public LeaveRequestProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "employeeId", "firstDay");
    }

    @EventHandler
    void on(LeaveRequestedEvent event) {
        if (!DocumentIds.exists(mongo, COLLECTION, event.requestId().value())) {
            mongo.insert(new LeaveRequestDocument(event.requestId().value(), event.employeeId().value(),
                    event.type().name(), event.firstDay(), event.lastDay(), event.workingDays(),
                    LeaveRequestStatus.REQUESTED.name(), event.overBalance(), event.requestedBy(), null, null),
                    COLLECTION);
        }
    }

    @EventHandler
    void on(LeaveApprovedEvent event) {
        mongo.updateFirst(byId(event.requestId()), new Update()
                .set("status", LeaveRequestStatus.APPROVED.name())
                .set("overBalance", event.overBalance())
                .set("decidedBy", event.approvedBy()), COLLECTION);
    }

    @EventHandler
    void on(LeaveRejectedEvent event) {
        mongo.updateFirst(byId(event.requestId()), new Update()
                .set("status", LeaveRequestStatus.REJECTED.name())
                .set("decidedBy", event.rejectedBy())
                .set("reason", event.reason()), COLLECTION);
    }

    /** A rejection's reason is free text that may name people: an erasure of the employee overwrites it. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        mongo.updateMulti(Query.query(Criteria.where("employeeId").is(event.subjectId().value())
                .and("reason").ne(null)), Update.update("reason", PersonalDataFields.ERASED), COLLECTION);
    }

    @QueryHandler
    LeaveRequestPage handle(ListLeaveRequestsQuery query) {
        Criteria criteria = new Filters(Criteria.where("employeeId").is(query.employeeId().value()))
                .equal("status", query.status()).criteria();
        MongoPages.Slice<LeaveRequestSummary> slice = MongoPages.read(mongo, COLLECTION, LeaveRequestDocument.class,
                Query.query(criteria), Sort.by("firstDay", "_id"), query.page(), query.size(),
                LeaveRequestProjection::summary);
        return new LeaveRequestPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static LeaveRequestSummary summary(LeaveRequestDocument doc) {
        return new LeaveRequestSummary(new LeaveRequestId(doc.id()), new EmployeeId(doc.employeeId()),
                LeaveType.valueOf(doc.type()), doc.firstDay(), doc.lastDay(), doc.workingDays(),
                LeaveRequestStatus.valueOf(doc.status()), doc.overBalance(), doc.requestedBy(), doc.decidedBy(),
                doc.reason());
    }
}
