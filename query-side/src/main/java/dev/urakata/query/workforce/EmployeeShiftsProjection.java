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
        mongo.save(new EmployeeShiftsScheduleDocument(event.scheduleId().value(), event.location(),
                event.timeZone()), SCHEDULES);
    }

    @EventHandler
    void on(ShiftAddedEvent event) {
        EmployeeShiftsScheduleDocument schedule = mongo.findById(event.scheduleId().value(),
                EmployeeShiftsScheduleDocument.class, SCHEDULES);
        mongo.save(new EmployeeShiftsShiftDocument(event.shiftId().value(), event.scheduleId().value(),
                schedule == null ? null : schedule.location(), schedule == null ? null : schedule.timeZone(),
                event.position(), ShiftStatus.PLANNED.name()), SHIFTS);
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
        EmployeeShiftsShiftDocument shift = mongo.findById(event.shiftId().value(), EmployeeShiftsShiftDocument.class,
                SHIFTS);
        mongo.save(new EmployeeShiftDocument(key(event.employeeId(), event.shiftId()), event.employeeId().value(),
                event.scheduleId().value(), event.shiftId().value(), shift == null ? null : shift.location(),
                shift == null ? null : shift.position(), shift == null ? null : shift.timeZone(),
                event.start().toString(), event.end().toString(), event.start().toLocalDate(), event.source().name(),
                event.overtimeApproved(), shift == null ? ShiftStatus.PLANNED.name() : shift.status()), COLLECTION);
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        mongo.remove(byId(key(event.employeeId(), event.shiftId())), COLLECTION);
    }

    @QueryHandler
    EmployeeShiftPage handle(ListEmployeeShiftsQuery query) {
        Criteria criteria = Criteria.where("employeeId").is(query.employeeId().value())
                .and("day").gte(query.from().toString()).lte(query.to().toString());
        MongoPages.Slice<EmployeeShift> slice = MongoPages.read(mongo, COLLECTION, EmployeeShiftDocument.class,
                Query.query(criteria), Sort.by("start", "shiftId"), query.page(), query.size(),
                EmployeeShiftsProjection::shift);
        return new EmployeeShiftPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private void setStatus(ShiftId shiftId, ShiftStatus status) {
        EmployeeShiftsShiftDocument shift = mongo.findById(shiftId.value(), EmployeeShiftsShiftDocument.class, SHIFTS);
        if (shift == null || ShiftStatus.CANCELLED.name().equals(shift.status())) {
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

    private static EmployeeShift shift(EmployeeShiftDocument doc) {
        return new EmployeeShift(new EmployeeId(doc.employeeId()), new ScheduleId(doc.scheduleId()),
                new ShiftId(doc.shiftId()), doc.location(), doc.position(), doc.timeZone(),
                LocalDateTime.parse(doc.start()), LocalDateTime.parse(doc.end()),
                AssignmentSource.valueOf(doc.source()), doc.overtimeApproved(), ShiftStatus.valueOf(doc.status()));
    }
}
