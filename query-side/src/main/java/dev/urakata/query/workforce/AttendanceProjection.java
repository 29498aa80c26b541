package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AttendanceEntry;
import dev.urakata.shared.workforce.AttendancePage;
import dev.urakata.shared.workforce.AttendanceStatus;
import dev.urakata.shared.workforce.EmployeeAddedToShiftRosterEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeRemovedFromShiftRosterEvent;
import dev.urakata.shared.workforce.ListAttendanceQuery;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceCancelledEvent;
import dev.urakata.shared.workforce.ShiftAttendanceCompletedEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftMissedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Attendance: one document per shift and employee on its roster, with clock times, late and early minutes and the
 * shift's status (planned, active, completed, missed, cancelled). Answers by shift and by employee and date range.
 *
 * <p>Idempotent: every handler sets fields to values taken from the event, and the shift's status only moves
 * forward (opening sets it only on insert, the first clock-in only turns a planned shift active), so a redelivered
 * event leaves the documents as they were. Clock times are instants (dates); a shift's start and end are its
 * wall-clock times as ISO text, and its day a business date.
 */
@Component
@ProcessingGroup(AttendanceProjection.PROCESSING_GROUP)
public class AttendanceProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-attendance";
    static final String COLLECTION = "workforce_attendance";
    static final String SHIFTS = "workforce_attendance_shifts";

    public AttendanceProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION, SHIFTS);
        index(COLLECTION, "shiftId");
        index(COLLECTION, "employeeId", "startDay");
    }

    @EventHandler
    void on(ShiftAttendanceOpenedEvent event) {
        mongo.upsert(byId(event.shiftId().value()), new Update()
                .set("scheduleId", event.scheduleId().value())
                .set("timeZone", event.timeZone())
                .set("start", event.start().toString())
                .set("end", event.end().toString())
                .setOnInsert("status", AttendanceStatus.PLANNED.name()), SHIFTS);
        for (EmployeeId employee : event.roster()) {
            entry(event.shiftId(), employee);
        }
    }

    @EventHandler
    void on(EmployeeAddedToShiftRosterEvent event) {
        entry(event.shiftId(), event.employeeId());
    }

    @EventHandler
    void on(EmployeeRemovedFromShiftRosterEvent event) {
        mongo.updateFirst(byId(id(event.shiftId(), event.employeeId())), Update.update("onRoster", false),
                COLLECTION);
    }

    @EventHandler
    void on(EmployeeClockedInEvent event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.shiftId().value())
                .and("status").is(AttendanceStatus.PLANNED.name())),
                Update.update("status", AttendanceStatus.ACTIVE.name()), SHIFTS);
        mongo.updateMulti(Query.query(Criteria.where("shiftId").is(event.shiftId().value())
                .and("shiftStatus").is(AttendanceStatus.PLANNED.name())),
                Update.update("shiftStatus", AttendanceStatus.ACTIVE.name()), COLLECTION);
        mongo.updateFirst(byId(id(event.shiftId(), event.employeeId())), new Update()
                .set("clockedInAt", event.clockedInAt())
                .set("lateMinutes", event.lateMinutes()), COLLECTION);
    }

    @EventHandler
    void on(EmployeeClockedOutEvent event) {
        mongo.updateFirst(byId(id(event.shiftId(), event.employeeId())), new Update()
                .set("clockedOutAt", event.clockedOutAt())
                .set("earlyDepartureMinutes", event.earlyDepartureMinutes()), COLLECTION);
    }

    @EventHandler
    void on(ShiftAttendanceCompletedEvent event) {
        status(event.shiftId(), AttendanceStatus.COMPLETED);
    }

    @EventHandler
    void on(ShiftMissedEvent event) {
        status(event.shiftId(), AttendanceStatus.MISSED);
    }

    @EventHandler
    void on(ShiftAttendanceCancelledEvent event) {
        status(event.shiftId(), AttendanceStatus.CANCELLED);
    }

    @QueryHandler
    AttendancePage handle(ListAttendanceQuery query) {
        Criteria criteria = new Filters().equal("shiftId", query.shiftId()).equal("employeeId", query.employeeId())
                .within("startDay", query.from(), query.to()).criteria();
        MongoPages.Slice<AttendanceEntry> slice = MongoPages.read(mongo, COLLECTION, AttendanceDocument.class,
                Query.query(criteria), Sort.by("start", "shiftId", "employeeId"), query.page(), query.size(),
                AttendanceProjection::entry);
        return new AttendancePage(slice.items(), query.page(), query.size(), slice.total());
    }

    private void entry(ShiftId shiftId, EmployeeId employeeId) {
        AttendanceShiftDocument shift = mongo.findById(shiftId.value(), AttendanceShiftDocument.class, SHIFTS);
        if (shift == null) {
            return; // cannot happen in order: the opening comes first in the shift's own stream
        }
        mongo.upsert(byId(id(shiftId, employeeId)), new Update()
                .set("shiftId", shiftId.value())
                .set("employeeId", employeeId.value())
                .set("scheduleId", shift.scheduleId())
                .set("timeZone", shift.timeZone())
                .set("start", shift.start())
                .set("end", shift.end())
                .set("startDay", LocalDateTime.parse(shift.start()).toLocalDate())
                .set("shiftStatus", shift.status())
                .set("onRoster", true), COLLECTION);
    }

    private void status(ShiftId shiftId, AttendanceStatus status) {
        mongo.updateFirst(byId(shiftId.value()), Update.update("status", status.name()), SHIFTS);
        mongo.updateMulti(Query.query(Criteria.where("shiftId").is(shiftId.value())),
                Update.update("shiftStatus", status.name()), COLLECTION);
    }

    private static AttendanceEntry entry(AttendanceDocument doc) {
        return new AttendanceEntry(new ShiftId(doc.shiftId()), new ScheduleId(doc.scheduleId()),
                new EmployeeId(doc.employeeId()), doc.timeZone(), LocalDateTime.parse(doc.start()),
                LocalDateTime.parse(doc.end()), AttendanceStatus.valueOf(doc.shiftStatus()), doc.onRoster(),
                doc.clockedInAt(), doc.lateMinutes(), doc.clockedOutAt(), doc.earlyDepartureMinutes());
    }

    private static String id(ShiftId shiftId, EmployeeId employeeId) {
        return shiftId.value() + ":" + employeeId.value();
    }
}
