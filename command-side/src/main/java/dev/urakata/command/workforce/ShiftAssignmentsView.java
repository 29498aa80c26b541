package dev.urakata.command.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The command side's view of who is assigned to which shift (draft or published), so that approved leave can take
 * the employee off the shifts it overlaps. One document per shift and employee, with the shift's local days;
 * removed on unassignment or cancellation. Idempotent: redelivery upserts or removes the same document.
 */
@Component
@ProcessingGroup(ShiftAssignmentsView.PROCESSING_GROUP)
public class ShiftAssignmentsView extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-shift-assignments";
    static final String COLLECTION = "workforce_shift_assignments";


    public ShiftAssignmentsView(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    /**
     * One assignment.
     *
     * @param scheduleId the schedule
     * @param shiftId    the shift
     * @param employeeId the employee
     * @param firstDay   the local day the shift starts
     * @param lastDay    the local day it ends (the next day for a night shift)
     */
    public record Assignment(ScheduleId scheduleId, ShiftId shiftId, EmployeeId employeeId, LocalDate firstDay,
                             LocalDate lastDay) {
    }

    @EventHandler
    void on(ShiftPublishedEvent event) {
        for (EmployeeId employee : event.assigned()) {
            assign(event.scheduleId(), event.shiftId(), employee, event.start(), event.end());
        }
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event) {
        assign(event.scheduleId(), event.shiftId(), event.employeeId(), event.start(), event.end());
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        mongo.remove(Query.query(Criteria.where("_id").is(id(event.shiftId(), event.employeeId()))), COLLECTION);
    }

    @EventHandler
    void on(ShiftCancelledEvent event) {
        mongo.remove(Query.query(Criteria.where("shiftId").is(event.shiftId().value())), COLLECTION);
    }

    /** The employee's assignments to shifts on any day from {@code first} to {@code last}. */
    public List<Assignment> overlapping(EmployeeId employeeId, LocalDate first, LocalDate last) {
        // ISO dates compare as strings, which every Mongo (the embedded one too) does the same way.
        return mongo.find(Query.query(Criteria.where("employeeId").is(employeeId.value())
                        .and("firstDay").lte(last.toString()).and("lastDay").gte(first.toString())),
                Document.class, COLLECTION).stream()
                .map(doc -> new Assignment(new ScheduleId(doc.getString("scheduleId")),
                        new ShiftId(doc.getString("shiftId")), employeeId, LocalDate.parse(doc.getString("firstDay")),
                        LocalDate.parse(doc.getString("lastDay"))))
                .toList();
    }

    private void assign(ScheduleId scheduleId, ShiftId shiftId, EmployeeId employeeId, LocalDateTime start,
                        LocalDateTime end) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id(shiftId, employeeId))), new Update()
                .set("scheduleId", scheduleId.value())
                .set("shiftId", shiftId.value())
                .set("employeeId", employeeId.value())
                .set("firstDay", start.toLocalDate().toString())
                .set("lastDay", end.toLocalDate().toString()), COLLECTION);
    }

    private static String id(ShiftId shiftId, EmployeeId employeeId) {
        return shiftId.value() + ":" + employeeId.value();
    }
}
