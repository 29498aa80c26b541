package dev.urakata.command.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.WorkedShift;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The command side's view of clock events, from which timesheets are computed: per shift and employee, the
 * clock-in and clock-out with their event ids, and the month (in the shift's time zone) of the clock-in.
 *
 * <p>Never the query side: a timesheet decides on what the command side has seen. Like every tracking view it lags
 * the event store by a moment, so a timesheet submitted the instant after a clock-out may not include that shift
 * yet (reject and submit again). Idempotent: a redelivered event sets the same fields again.
 */
@Component
@ProcessingGroup(WorkedShiftsView.PROCESSING_GROUP)
public class WorkedShiftsView extends MongoProjection implements WorkedShifts {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-worked-shifts";
    static final String SHIFTS = "workforce_worked_shift_zones";
    static final String CLOCKS = "workforce_worked_shifts";


    public WorkedShiftsView(MongoTemplate mongo) {
        super(mongo, SHIFTS, CLOCKS);
    }

    @EventHandler
    void on(ShiftAttendanceOpenedEvent event) {
        mongo.upsert(byId(event.shiftId()),
                Update.update("timeZone", event.timeZone()), SHIFTS);
    }

    @EventHandler
    void on(EmployeeClockedInEvent event, EventMessage<?> message) {
        Document shift = mongo.findById(event.shiftId().value(), Document.class, SHIFTS);
        String zone = shift == null ? "UTC" : shift.getString("timeZone");
        mongo.upsert(byId(event.shiftId(), event.employeeId()), new Update()
                .set("shiftId", event.shiftId().value())
                .set("employeeId", event.employeeId().value())
                .set("timeZone", zone)
                .set("month", YearMonth.from(event.clockedInAt().atZone(ZoneId.of(zone))).toString())
                .set("clockInEventId", message.getIdentifier())
                .set("clockedInAt", event.clockedInAt().toString()), CLOCKS);
    }

    @EventHandler
    void on(EmployeeClockedOutEvent event, EventMessage<?> message) {
        mongo.upsert(byId(event.shiftId(), event.employeeId()), new Update()
                .set("clockOutEventId", message.getIdentifier())
                .set("clockedOutAt", event.clockedOutAt().toString()), CLOCKS);
    }

    @Override
    public List<WorkedShift> of(EmployeeId employeeId, YearMonth period) {
        return mongo.find(Query.query(Criteria.where("employeeId").is(employeeId.value())
                        .and("month").is(period.toString()).and("clockOutEventId").ne(null)), Document.class, CLOCKS)
                .stream()
                .map(doc -> new WorkedShift(new ShiftId(doc.getString("shiftId")), doc.getString("timeZone"),
                        doc.getString("clockInEventId"), instant(doc.get("clockedInAt")),
                        doc.getString("clockOutEventId"), instant(doc.get("clockedOutAt"))))
                .toList();
    }

    private static Query byId(ShiftId shiftId, EmployeeId employeeId) {
        return Query.query(Criteria.where("_id").is(shiftId.value() + ":" + employeeId.value()));
    }

    /** Kept as ISO strings: exact to the nanosecond, where a BSON date keeps milliseconds. */
    private static Instant instant(Object value) {
        return Instant.parse((String) value);
    }
}
