package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.FindScheduleQuery;
import dev.urakata.shared.workforce.FindShiftQuery;
import dev.urakata.shared.workforce.ListSchedulesQuery;
import dev.urakata.shared.workforce.ListUnderstaffedShiftsQuery;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.SchedulePage;
import dev.urakata.shared.workforce.SchedulePublishedEvent;
import dev.urakata.shared.workforce.ScheduleSummary;
import dev.urakata.shared.workforce.ScheduleWeekQuery;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftAssignee;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftOpenedForClaimsEvent;
import dev.urakata.shared.workforce.ShiftPage;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.ShiftStatus;
import dev.urakata.shared.workforce.ShiftView;
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

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The shift roster: one document per shift with its schedule's location and team, its status and the employees on
 * it, and how many it still needs. Answers the week view of a location, the understaffed shifts and single shifts
 * and schedules.
 *
 * <p>Idempotent: a shift document remembers the sequence number (in its schedule's stream) of the last event
 * applied, and an older or repeated event is skipped. {@code missing} is stored rather than computed in the query,
 * because comparing two fields of a document is outside the portable subset of MongoDB the embedded server has.
 */
@Component
@ProcessingGroup(ShiftRosterProjection.PROCESSING_GROUP)
public class ShiftRosterProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-roster";
    static final String SCHEDULES = "workforce_roster_schedules";
    static final String SHIFTS = "workforce_roster_shifts";

    public ShiftRosterProjection(MongoTemplate mongo) {
        super(mongo, SCHEDULES, SHIFTS);
        index(SHIFTS, "location", "day");
        index(SHIFTS, "missing", "day");
    }

    @EventHandler
    void on(ScheduleCreatedEvent event) {
        mongo.upsert(byId(event.scheduleId().value()), new Update()
                .set("location", event.location()).set("team", event.team())
                .set("firstDay", event.firstDay()).set("lastDay", event.lastDay())
                .set("timeZone", event.timeZone()).setOnInsert("published", false), SCHEDULES);
    }

    @EventHandler
    void on(SchedulePublishedEvent event) {
        mongo.updateFirst(byId(event.scheduleId().value()), Update.update("published", true), SCHEDULES);
    }

    @EventHandler
    void on(ShiftAddedEvent event, @SequenceNumber long sequence) {
        RosterScheduleDocument schedule = mongo.findById(event.scheduleId().value(), RosterScheduleDocument.class,
                SCHEDULES);
        // a shift is added once; a redelivery writes the same document
        mongo.save(RosterShiftDocument.added(event, schedule, sequence), SHIFTS);
    }

    @EventHandler
    void on(ShiftPublishedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.withStatus(ShiftStatus.PUBLISHED));
    }

    @EventHandler
    void on(ShiftCancelledEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.withStatus(ShiftStatus.CANCELLED));
    }

    @EventHandler
    void on(ShiftOpenedForClaimsEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, RosterShiftDocument::openedForClaims);
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.withAssignee(new RosterShiftDocument.Assignee(
                event.employeeId().value(), event.source().name(), event.overtimeApproved())));
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.withoutAssignee(event.employeeId().value()));
    }

    @QueryHandler
    Optional<ScheduleSummary> handle(FindScheduleQuery query) {
        return Optional.ofNullable(mongo.findById(query.scheduleId().value(), RosterScheduleDocument.class,
                        SCHEDULES))
                .map(ShiftRosterProjection::schedule);
    }

    @QueryHandler
    SchedulePage handle(ListSchedulesQuery query) {
        Query find = query.endingFrom() == null ? new Query()
                : Query.query(Criteria.where("lastDay").gte(query.endingFrom().toString()));
        MongoPages.Slice<ScheduleSummary> slice = MongoPages.read(mongo, SCHEDULES,
                RosterScheduleDocument.class, find,
                Sort.by(Sort.Order.desc("firstDay"), Sort.Order.asc("location"), Sort.Order.asc("_id")),
                query.page(), query.size(), ShiftRosterProjection::schedule);
        return new SchedulePage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static ScheduleSummary schedule(RosterScheduleDocument doc) {
        return new ScheduleSummary(new ScheduleId(doc.id()), doc.location(), doc.team(), doc.firstDay(),
                doc.lastDay(), doc.timeZone(), doc.published());
    }

    @QueryHandler
    Optional<ShiftView> handle(FindShiftQuery query) {
        return Optional.ofNullable(mongo.findById(query.shiftId().value(), RosterShiftDocument.class, SHIFTS))
                .map(ShiftRosterProjection::view);
    }

    @QueryHandler
    ShiftPage handle(ScheduleWeekQuery query) {
        Criteria criteria = Criteria.where("location").is(query.location())
                .and("day").gte(query.monday().toString()).lte(query.monday().plusDays(6).toString());
        return page(criteria, query.page(), query.size());
    }

    @QueryHandler
    ShiftPage handle(ListUnderstaffedShiftsQuery query) {
        Criteria criteria = new Filters(Criteria.where("missing").gt(0)
                .and("day").gte(query.from().toString()).lte(query.to().toString()))
                .equal("location", query.location()).criteria();
        return page(criteria, query.page(), query.size());
    }

    private ShiftPage page(Criteria criteria, int page, int size) {
        MongoPages.Slice<ShiftView> slice = MongoPages.read(mongo, SHIFTS, RosterShiftDocument.class,
                Query.query(criteria), Sort.by("start", "_id"), page, size, ShiftRosterProjection::view);
        return new ShiftPage(slice.items(), page, size, slice.total());
    }

    /** Saves the shift as {@code change} makes it, unless it has applied this event (or a later one) already. */
    private void applyOnce(ShiftId shiftId, long sequence, UnaryOperator<RosterShiftDocument> change) {
        RosterShiftDocument shift = mongo.findById(shiftId.value(), RosterShiftDocument.class, SHIFTS);
        if (shift == null || shift.lastSequence() >= sequence) {
            return; // seen already: a redelivery
        }
        mongo.save(change.apply(shift).appliedUpTo(sequence), SHIFTS);
    }

    private static ShiftView view(RosterShiftDocument doc) {
        List<ShiftAssignee> assigned = doc.assigned().stream()
                .map(a -> new ShiftAssignee(new EmployeeId(a.employeeId()), AssignmentSource.valueOf(a.source()),
                        a.overtimeApproved()))
                .toList();
        return new ShiftView(new ScheduleId(doc.scheduleId()), new ShiftId(doc.id()), doc.location(), doc.team(),
                doc.timeZone(), LocalDateTime.parse(doc.start()), LocalDateTime.parse(doc.end()), doc.position(),
                doc.requiredHeadcount(), doc.assignedCount(), doc.missing(), doc.shiftStatus(), doc.openForClaims(),
                assigned);
    }
}
