package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.workforce.ListTimesheetsQuery;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetPage;
import dev.urakata.shared.workforce.TimesheetRejectedEvent;
import dev.urakata.shared.workforce.TimesheetStatus;
import dev.urakata.shared.workforce.TimesheetSubmittedEvent;
import dev.urakata.shared.workforce.TimesheetSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Timesheets: one document per employee and month with its status, hours, the shifts (and clock events) they come
 * from, and who submitted and decided.
 *
 * <p>A timesheet can be submitted again after a rejection, so its document remembers the sequence number of the
 * last event applied and ignores an older one: a redelivered rejection cannot undo a later resubmission. Events of
 * one timesheet arrive in order (they share a sequence), so a read-then-write is safe.
 */
@Component
@ProcessingGroup(TimesheetProjection.PROCESSING_GROUP)
public class TimesheetProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-timesheets";
    static final String COLLECTION = "workforce_timesheets";

    public TimesheetProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "employeeId", "period");
    }

    @EventHandler
    void on(TimesheetSubmittedEvent event, @SequenceNumber long sequence) {
        TimesheetDocument current = mongo.findById(event.timesheetId().value(), TimesheetDocument.class, COLLECTION);
        if (current == null || current.lastSequence() < sequence) {
            mongo.save(new TimesheetDocument(event.timesheetId().value(), event.employeeId().value(), event.period(),
                    TimesheetStatus.SUBMITTED.name(), TimesheetDocument.Hours.of(event.hours()),
                    event.shifts().stream().map(TimesheetDocument.Shift::of).toList(), event.submittedBy(), null,
                    null, sequence), COLLECTION);
        }
    }

    @EventHandler
    void on(TimesheetApprovedEvent event, @SequenceNumber long sequence) {
        applyOnce(COLLECTION, event.timesheetId(), sequence, new Update()
                .set("status", TimesheetStatus.APPROVED.name())
                .set("decidedBy", event.approvedBy()));
    }

    @EventHandler
    void on(TimesheetRejectedEvent event, @SequenceNumber long sequence) {
        applyOnce(COLLECTION, event.timesheetId(), sequence, new Update()
                .set("status", TimesheetStatus.REJECTED.name())
                .set("decidedBy", event.rejectedBy())
                .set("reason", event.reason()));
    }

    /** A rejection's reason is free text that may name people: an erasure of the employee overwrites it. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        mongo.updateMulti(Query.query(Criteria.where("employeeId").is(event.subjectId().value())
                .and("reason").ne(null)), Update.update("reason", PersonalDataFields.ERASED), COLLECTION);
    }

    @QueryHandler
    TimesheetPage handle(ListTimesheetsQuery query) {
        Criteria criteria = new Filters().equal("_id", query.timesheetId()).equal("employeeId", query.employeeId())
                .equal("period", query.period()).equal("status", query.status()).criteria();
        MongoPages.Slice<TimesheetSummary> slice = MongoPages.read(mongo, COLLECTION, TimesheetDocument.class,
                Query.query(criteria), Sort.by("period", "employeeId"), query.page(), query.size(),
                TimesheetProjection::summary);
        return new TimesheetPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static TimesheetSummary summary(TimesheetDocument doc) {
        return new TimesheetSummary(new TimesheetId(doc.id()), new EmployeeId(doc.employeeId()), doc.period(),
                TimesheetStatus.valueOf(doc.status()), doc.hours().summary(),
                doc.shifts().stream().map(TimesheetDocument.Shift::worked).toList(), doc.submittedBy(),
                doc.decidedBy(), doc.reason());
    }
}
