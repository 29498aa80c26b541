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
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
                .set("firstDay", event.firstDay().toString()).set("lastDay", event.lastDay().toString())
                .set("timeZone", event.timeZone()).setOnInsert("published", false), SCHEDULES);
    }

    @EventHandler
    void on(SchedulePublishedEvent event) {
        mongo.updateFirst(byId(event.scheduleId().value()), Update.update("published", true), SCHEDULES);
    }

    @EventHandler
    void on(ShiftAddedEvent event, @SequenceNumber long sequence) {
        Document schedule = mongo.findById(event.scheduleId().value(), Document.class, SCHEDULES);
        Document shift = new Document("_id", event.shiftId().value())
                .append("scheduleId", event.scheduleId().value())
                .append("location", schedule == null ? null : schedule.getString("location"))
                .append("team", schedule == null ? null : schedule.getString("team"))
                .append("timeZone", schedule == null ? null : schedule.getString("timeZone"))
                .append("start", event.start().toString()).append("end", event.end().toString())
                .append("day", event.start().toLocalDate().toString())
                .append("position", event.position())
                .append("requiredHeadcount", event.requiredHeadcount())
                .append("assigned", new ArrayList<Document>())
                .append("status", ShiftStatus.PLANNED.name())
                .append("openForClaims", false)
                .append(LAST_SEQUENCE, sequence);
        recount(shift);
        mongo.save(shift, SHIFTS); // a shift is added once; a redelivery writes the same document
    }

    @EventHandler
    void on(ShiftPublishedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.put("status", ShiftStatus.PUBLISHED.name()));
    }

    @EventHandler
    void on(ShiftCancelledEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.put("status", ShiftStatus.CANCELLED.name()));
    }

    @EventHandler
    void on(ShiftOpenedForClaimsEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.put("openForClaims", true));
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.getList("assigned", Document.class).add(
                new Document("employeeId", event.employeeId().value())
                        .append("source", event.source().name())
                        .append("overtimeApproved", event.overtimeApproved())));
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event, @SequenceNumber long sequence) {
        applyOnce(event.shiftId(), sequence, shift -> shift.getList("assigned", Document.class)
                .removeIf(a -> event.employeeId().value().equals(a.getString("employeeId"))));
    }

    @QueryHandler
    Optional<ScheduleSummary> handle(FindScheduleQuery query) {
        return Optional.ofNullable(mongo.findById(query.scheduleId().value(), Document.class, SCHEDULES))
                .map(ShiftRosterProjection::schedule);
    }

    @QueryHandler
    SchedulePage handle(ListSchedulesQuery query) {
        Query find = query.endingFrom() == null ? new Query()
                : Query.query(Criteria.where("lastDay").gte(query.endingFrom().toString()));
        MongoPages.Slice<ScheduleSummary> slice = MongoPages.read(mongo, SCHEDULES, find,
                Sort.by(Sort.Order.desc("firstDay"), Sort.Order.asc("location"), Sort.Order.asc("_id")),
                query.page(), query.size(), ShiftRosterProjection::schedule);
        return new SchedulePage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static ScheduleSummary schedule(Document doc) {
        return new ScheduleSummary(new ScheduleId(doc.getString("_id")), doc.getString("location"),
                doc.getString("team"), LocalDate.parse(doc.getString("firstDay")),
                LocalDate.parse(doc.getString("lastDay")), doc.getString("timeZone"),
                doc.getBoolean("published", false));
    }

    @QueryHandler
    Optional<ShiftView> handle(FindShiftQuery query) {
        return Optional.ofNullable(mongo.findById(query.shiftId().value(), Document.class, SHIFTS))
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
        MongoPages.Slice<ShiftView> slice = MongoPages.read(mongo, SHIFTS, Query.query(criteria),
                Sort.by("start", "_id"), page, size, ShiftRosterProjection::view);
        return new ShiftPage(slice.items(), page, size, slice.total());
    }

    private void applyOnce(ShiftId shiftId, long sequence, Consumer<Document> change) {
        Document shift = mongo.findById(shiftId.value(), Document.class, SHIFTS);
        if (shift == null || ((Number) shift.get(LAST_SEQUENCE)).longValue() >= sequence) {
            return; // seen already: a redelivery
        }
        change.accept(shift);
        shift.put(LAST_SEQUENCE, sequence);
        recount(shift);
        mongo.save(shift, SHIFTS);
    }

    private static void recount(Document shift) {
        int assigned = shift.getList("assigned", Document.class).size();
        boolean cancelled = ShiftStatus.CANCELLED.name().equals(shift.getString("status"));
        shift.put("assignedCount", assigned);
        shift.put("missing", cancelled ? 0 : Math.max(0, shift.getInteger("requiredHeadcount") - assigned));
    }

    private static ShiftView view(Document doc) {
        List<ShiftAssignee> assigned = doc.getList("assigned", Document.class).stream()
                .map(a -> new ShiftAssignee(new EmployeeId(a.getString("employeeId")),
                        AssignmentSource.valueOf(a.getString("source")), a.getBoolean("overtimeApproved", false)))
                .toList();
        return new ShiftView(new ScheduleId(doc.getString("scheduleId")), new ShiftId(doc.getString("_id")),
                doc.getString("location"), doc.getString("team"), doc.getString("timeZone"),
                LocalDateTime.parse(doc.getString("start")), LocalDateTime.parse(doc.getString("end")),
                doc.getString("position"), doc.getInteger("requiredHeadcount"), doc.getInteger("assignedCount"),
                doc.getInteger("missing"), ShiftStatus.valueOf(doc.getString("status")),
                doc.getBoolean("openForClaims", false), assigned);
    }

}
