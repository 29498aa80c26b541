package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.workforce.ListTimesheetsQuery;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetPage;
import dev.urakata.shared.workforce.TimesheetRejectedEvent;
import dev.urakata.shared.workforce.TimesheetStatus;
import dev.urakata.shared.workforce.TimesheetSubmittedEvent;
import dev.urakata.shared.workforce.TimesheetSummary;
import dev.urakata.shared.workforce.WorkedShift;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;

import static dev.urakata.config.processing.StoredNumbers.decimal;

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
        if (alreadyApplied(event.timesheetId(), sequence)) {
            return;
        }
        mongo.upsert(byId(event.timesheetId()), new Update()
                .set("employeeId", event.employeeId().value())
                .set("period", event.period().toString())
                .set("status", TimesheetStatus.SUBMITTED.name())
                .set("hours", hours(event.hours()))
                .set("shifts", event.shifts().stream().map(TimesheetProjection::shift).toList())
                .set("submittedBy", event.submittedBy())
                .set("decidedBy", null)
                .set("reason", null)
                .set(LAST_SEQUENCE, sequence), COLLECTION);
    }

    @EventHandler
    void on(TimesheetApprovedEvent event, @SequenceNumber long sequence) {
        if (!alreadyApplied(event.timesheetId(), sequence)) {
            mongo.updateFirst(byId(event.timesheetId()), new Update()
                    .set("status", TimesheetStatus.APPROVED.name())
                    .set("decidedBy", event.approvedBy())
                    .set(LAST_SEQUENCE, sequence), COLLECTION);
        }
    }

    @EventHandler
    void on(TimesheetRejectedEvent event, @SequenceNumber long sequence) {
        if (!alreadyApplied(event.timesheetId(), sequence)) {
            mongo.updateFirst(byId(event.timesheetId()), new Update()
                    .set("status", TimesheetStatus.REJECTED.name())
                    .set("decidedBy", event.rejectedBy())
                    .set("reason", event.reason())
                    .set(LAST_SEQUENCE, sequence), COLLECTION);
        }
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
        MongoPages.Slice<TimesheetSummary> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by("period", "employeeId"), query.page(), query.size(), TimesheetProjection::summary);
        return new TimesheetPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private boolean alreadyApplied(TimesheetId id, long sequence) {
        Document current = mongo.findById(id.value(), Document.class, COLLECTION);
        return current != null && ((Number) current.get(LAST_SEQUENCE)).longValue() >= sequence;
    }

    private static Document hours(TimesheetHours hours) {
        return new Document("worked", decimal(hours.worked()))
                .append("regular", decimal(hours.regular()))
                .append("overtime", decimal(hours.overtime()))
                .append("night", decimal(hours.night()))
                .append("holiday", decimal(hours.holiday()));
    }

    private static Document shift(WorkedShift shift) {
        return new Document("shiftId", shift.shiftId().value())
                .append("timeZone", shift.timeZone())
                .append("clockInEventId", shift.clockInEventId())
                .append("clockedInAt", shift.clockedInAt().toString())
                .append("clockOutEventId", shift.clockOutEventId())
                .append("clockedOutAt", shift.clockedOutAt().toString());
    }

    private static TimesheetSummary summary(Document doc) {
        Document hours = doc.get("hours", Document.class);
        return new TimesheetSummary(new TimesheetId(doc.getString("_id")), new EmployeeId(doc.getString("employeeId")),
                YearMonth.parse(doc.getString("period")), TimesheetStatus.valueOf(doc.getString("status")),
                new TimesheetHours(decimal(hours, "worked"), decimal(hours, "regular"), decimal(hours, "overtime"),
                        decimal(hours, "night"), decimal(hours, "holiday")),
                doc.getList("shifts", Document.class).stream().map(s -> new WorkedShift(
                        new ShiftId(s.getString("shiftId")), s.getString("timeZone"), s.getString("clockInEventId"),
                        Instant.parse(s.getString("clockedInAt")), s.getString("clockOutEventId"),
                        Instant.parse(s.getString("clockedOutAt")))).toList(),
                doc.getString("submittedBy"), doc.getString("decidedBy"), doc.getString("reason"));
    }

}
