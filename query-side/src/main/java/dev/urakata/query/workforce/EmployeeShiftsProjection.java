package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeShift;
import dev.urakata.shared.workforce.EmployeeShiftPage;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.ListEmployeeShiftsQuery;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.ShiftStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Each employee's shifts: one document per employee and shift, with where, when and how they came to be on it.
 * Keeps its own small table of shifts (from the schedule's events) to fill those documents in.
 *
 * <p>Idempotent: documents are keyed by employee and shift (or by shift), so a redelivered event writes the same
 * document again; a schedule's events arrive in order, so an unassignment always follows its assignment.
 */
@Component
@ProcessingGroup(EmployeeShiftsProjection.PROCESSING_GROUP)
public class EmployeeShiftsProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-employee-shifts";
    static final String SCHEDULES = "workforce_employee_shifts_schedules";
    static final String SHIFTS = "workforce_employee_shifts_shifts";
    static final String COLLECTION = "workforce_employee_shifts";

    public EmployeeShiftsProjection(MongoTemplate mongo) {
        super(mongo, SCHEDULES, SHIFTS, COLLECTION);
        index(COLLECTION, "employeeId", "day");
        index(COLLECTION, "shiftId");
    }

    @EventHandler
    void on(ScheduleCreatedEvent event) {
        mongo.save(new Document("_id", event.scheduleId().value()).append("location", event.location())
                .append("timeZone", event.timeZone()), SCHEDULES);
    }

    @EventHandler
    void on(ShiftAddedEvent event) {
        Document schedule = mongo.findById(event.scheduleId().value(), Document.class, SCHEDULES);
        mongo.save(new Document("_id", event.shiftId().value())
                .append("scheduleId", event.scheduleId().value())
                .append("location", schedule == null ? null : schedule.getString("location"))
                .append("timeZone", schedule == null ? null : schedule.getString("timeZone"))
                .append("position", event.position())
                .append("status", ShiftStatus.PLANNED.name()), SHIFTS);
    }

    @EventHandler
    void on(ShiftPublishedEvent event) {
        setStatus(event.shiftId(), ShiftStatus.PUBLISHED);
    }

    @EventHandler
    void on(ShiftCancelledEvent event) {
        setStatus(event.shiftId(), ShiftStatus.CANCELLED);
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event) {
        Document shift = mongo.findById(event.shiftId().value(), Document.class, SHIFTS);
        mongo.save(new Document("_id", key(event.employeeId(), event.shiftId()))
                .append("employeeId", event.employeeId().value())
                .append("scheduleId", event.scheduleId().value())
                .append("shiftId", event.shiftId().value())
                .append("location", shift == null ? null : shift.getString("location"))
                .append("position", shift == null ? null : shift.getString("position"))
                .append("timeZone", shift == null ? null : shift.getString("timeZone"))
                .append("start", event.start().toString())
                .append("end", event.end().toString())
                .append("day", event.start().toLocalDate().toString())
                .append("source", event.source().name())
                .append("overtimeApproved", event.overtimeApproved())
                .append("status", shift == null ? ShiftStatus.PLANNED.name() : shift.getString("status")),
                COLLECTION);
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(event.employeeId(), event.shiftId()))), COLLECTION);
    }

    @QueryHandler
    EmployeeShiftPage handle(ListEmployeeShiftsQuery query) {
        Criteria criteria = Criteria.where("employeeId").is(query.employeeId().value())
                .and("day").gte(query.from().toString()).lte(query.to().toString());
        MongoPages.Slice<EmployeeShift> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by("start", "shiftId"), query.page(), query.size(), EmployeeShiftsProjection::shift);
        return new EmployeeShiftPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private void setStatus(ShiftId shiftId, ShiftStatus status) {
        Document shift = mongo.findById(shiftId.value(), Document.class, SHIFTS);
        if (shift == null || ShiftStatus.CANCELLED.name().equals(shift.getString("status"))) {
            return; // cancellation is final
        }
        mongo.updateFirst(byId(shiftId),
                Update.update("status", status.name()), SHIFTS);
        mongo.updateMulti(Query.query(Criteria.where("shiftId").is(shiftId.value())),
                Update.update("status", status.name()), COLLECTION);
    }

    private static String key(EmployeeId employeeId, ShiftId shiftId) {
        return employeeId.value() + ":" + shiftId.value();
    }

    private static EmployeeShift shift(Document doc) {
        return new EmployeeShift(new EmployeeId(doc.getString("employeeId")),
                new ScheduleId(doc.getString("scheduleId")), new ShiftId(doc.getString("shiftId")),
                doc.getString("location"), doc.getString("position"), doc.getString("timeZone"),
                LocalDateTime.parse(doc.getString("start")), LocalDateTime.parse(doc.getString("end")),
                AssignmentSource.valueOf(doc.getString("source")), doc.getBoolean("overtimeApproved", false),
                ShiftStatus.valueOf(doc.getString("status")));
    }
}
