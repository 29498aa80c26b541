package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ConsecutiveDaysLimitSetEvent;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRuleChecks;
import dev.urakata.shared.workforce.LabourRuleViolationDetectedEvent;
import dev.urakata.shared.workforce.LabourViolation;
import dev.urakata.shared.workforce.LabourViolationPage;
import dev.urakata.shared.workforce.ListLabourViolationsQuery;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.RuleBreach;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ViolationSource;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The labour rule violations report: violations recorded when an assignment was made, and violations found in
 * assignments already planned and in time already worked (clock-in to clock-out) whenever a rule is added or
 * changed (marked with the rule version that found them).
 *
 * <p>To re-check history it keeps every live assignment with its times and the rule book as the rule events made
 * it, and judges with the same {@link LabourRuleChecks} the command side refuses with. It needs events in global
 * order (a rule change must see every assignment made before it), hence one segment and one sequence
 * ({@link WorkforceProcessingConfiguration}). Idempotent: findings are keyed by the event that recorded them, or
 * by rule, version, employee and shift.
 */
@Component
@ProcessingGroup(LabourViolationsProjection.PROCESSING_GROUP)
public class LabourViolationsProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-labour-violations";
    static final String SCHEDULES = "workforce_violations_schedules";
    static final String ASSIGNMENTS = "workforce_violations_assignments";
    static final String RULES = "workforce_violations_rules";
    static final String VIOLATIONS = "workforce_violations";
    static final String WORKED = "workforce_violations_worked";
    private static final String RULE_BOOK = "rule-book";

    public LabourViolationsProjection(MongoTemplate mongo) {
        super(mongo, SCHEDULES, ASSIGNMENTS, RULES, VIOLATIONS, WORKED);
        index(VIOLATIONS, "employeeId", "day");
        index(ASSIGNMENTS, "shiftId");
    }

    @EventHandler
    void on(ScheduleCreatedEvent event) {
        mongo.save(new ViolationsScheduleDocument(event.scheduleId().value(), event.timeZone()), SCHEDULES);
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event) {
        ViolationsScheduleDocument schedule = mongo.findById(event.scheduleId().value(),
                ViolationsScheduleDocument.class, SCHEDULES);
        mongo.save(new ViolationsAssignmentDocument(key(event.employeeId(), event.shiftId()),
                event.employeeId().value(), event.scheduleId().value(), event.shiftId().value(),
                event.start().toString(), event.end().toString(), schedule == null ? "UTC" : schedule.timeZone(),
                event.overtimeApproved()), ASSIGNMENTS);
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        mongo.remove(byId(key(event.employeeId(), event.shiftId())), ASSIGNMENTS);
    }

    @EventHandler
    void on(ShiftCancelledEvent event) {
        mongo.remove(Query.query(Criteria.where("shiftId").is(event.shiftId().value())), ASSIGNMENTS);
    }

    /** Where and in which zone a shift is worked, for the clock events that follow. */
    @EventHandler
    void on(ShiftAttendanceOpenedEvent event) {
        mongo.save(ViolationsWorkedDocument.shift(event.shiftId().value(), event.scheduleId().value(),
                event.timeZone()), WORKED);
    }

    @EventHandler
    void on(EmployeeClockedInEvent event) {
        ViolationsWorkedDocument shift = mongo.findById(ViolationsWorkedDocument.shiftKey(event.shiftId().value()),
                ViolationsWorkedDocument.class, WORKED);
        mongo.save(new ViolationsWorkedDocument(key(event.employeeId(), event.shiftId()), event.employeeId().value(),
                event.shiftId().value(), shift == null ? null : shift.scheduleId(),
                shift == null ? "UTC" : shift.timeZone(), event.clockedInAt(), null), WORKED);
    }

    @EventHandler
    void on(EmployeeClockedOutEvent event) {
        mongo.updateFirst(byId(key(event.employeeId(), event.shiftId())),
                Update.update("clockedOutAt", event.clockedOutAt()), WORKED);
    }

    @EventHandler
    void on(LabourRuleViolationDetectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        ViolationsAssignmentDocument assignment = mongo.findById(key(event.employeeId(), event.shiftId()),
                ViolationsAssignmentDocument.class, ASSIGNMENTS);
        mongo.save(violation(eventId, event.rule(), event.ruleVersion(), ViolationSource.ASSIGNMENT,
                event.employeeId().value(), event.scheduleId().value(), event.shiftId().value(),
                assignment == null ? null : assignment.start(), event.detail(), at), VIOLATIONS);
    }

    @EventHandler
    void on(WeeklyHoursLimitSetEvent event, @Timestamp Instant at) {
        recheck(LabourRule.WEEKLY_HOURS, event, at);
    }

    @EventHandler
    void on(MinimumRestSetEvent event, @Timestamp Instant at) {
        recheck(LabourRule.MINIMUM_REST, event, at);
    }

    @EventHandler
    void on(ConsecutiveDaysLimitSetEvent event, @Timestamp Instant at) {
        recheck(LabourRule.CONSECUTIVE_DAYS, event, at);
    }

    @QueryHandler
    LabourViolationPage handle(ListLabourViolationsQuery query) {
        Criteria criteria = new Filters().equal("employeeId", query.employeeId())
                .equal("scheduleId", query.scheduleId()).equal("rule", query.rule()).equal("foundBy", query.foundBy())
                .within("day", query.from(), query.to()).criteria();
        MongoPages.Slice<LabourViolation> slice = MongoPages.read(mongo, VIOLATIONS, LabourViolationDocument.class,
                Query.query(criteria), Sort.by("shiftStart", "_id"), query.page(), query.size(),
                LabourViolationsProjection::view);
        return new LabourViolationPage(slice.items(), query.page(), query.size(), slice.total());
    }

    /**
     * Re-judges every planned assignment by the rule as it now stands, employee by employee. Findings of earlier
     * versions stay in the report: they say what that version found.
     */
    private void recheck(LabourRule rule, Object event, Instant at) {
        LabourRuleBook book = ruleBook().with(event);
        mongo.save(ViolationsRuleBookDocument.of(RULE_BOOK, book), RULES);
        int version = book.versionOf(rule);
        Map<String, List<ViolationsAssignmentDocument>> byEmployee = mongo
                .findAll(ViolationsAssignmentDocument.class, ASSIGNMENTS).stream()
                .collect(Collectors.groupingBy(ViolationsAssignmentDocument::employeeId));
        byEmployee.forEach((employeeId, assignments) -> {
            Map<String, ViolationsAssignmentDocument> byShift = assignments.stream()
                    .collect(Collectors.toMap(ViolationsAssignmentDocument::shiftId, a -> a));
            List<PlannedShift> shifts = assignments.stream().map(ViolationsAssignmentDocument::planned).toList();
            for (RuleBreach breach : LabourRuleChecks.allBreaches(rule, book, shifts)) {
                ViolationsAssignmentDocument assignment = byShift.get(breach.shiftId().value());
                String id = "rule-change:" + rule + ":" + version + ":" + employeeId + ":" + breach.shiftId();
                mongo.save(violation(id, rule, version, ViolationSource.RULE_CHANGE, employeeId,
                        assignment.scheduleId(), breach.shiftId().value(), assignment.start(), breach.detail(), at),
                        VIOLATIONS);
            }
        });
        recheckWorked(rule, book, version, at);
    }

    /**
     * Re-judges the time actually worked (every shift clocked in and out) by the rule as it now stands: a rule
     * added today reports that somebody worked too long last month even when the plan was within it.
     */
    private void recheckWorked(LabourRule rule, LabourRuleBook book, int version, Instant at) {
        Map<String, List<ViolationsWorkedDocument>> byEmployee = mongo.find(
                        Query.query(Criteria.where("clockedOutAt").exists(true)), ViolationsWorkedDocument.class,
                        WORKED).stream()
                .collect(Collectors.groupingBy(ViolationsWorkedDocument::employeeId));
        byEmployee.forEach((employeeId, worked) -> {
            Map<String, ViolationsWorkedDocument> byShift = worked.stream()
                    .collect(Collectors.toMap(ViolationsWorkedDocument::shiftId, w -> w));
            List<PlannedShift> shifts = worked.stream().map(ViolationsWorkedDocument::worked).toList();
            for (RuleBreach breach : LabourRuleChecks.allBreaches(rule, book, shifts)) {
                ViolationsWorkedDocument shift = byShift.get(breach.shiftId().value());
                String id = "rule-change-worked:" + rule + ":" + version + ":" + employeeId + ":" + breach.shiftId();
                mongo.save(violation(id, rule, version, ViolationSource.RULE_CHANGE_ATTENDANCE, employeeId,
                        shift.scheduleId(), breach.shiftId().value(), shift.localClockIn().toString(),
                        "worked: " + breach.detail(), at), VIOLATIONS);
            }
        });
    }

    private LabourRuleBook ruleBook() {
        ViolationsRuleBookDocument doc = mongo.findById(RULE_BOOK, ViolationsRuleBookDocument.class, RULES);
        return doc == null ? LabourRuleBook.NONE : doc.ruleBook();
    }

    private static LabourViolationDocument violation(String id, LabourRule rule, int version, ViolationSource foundBy,
                                                     String employeeId, String scheduleId, String shiftId,
                                                     String shiftStart, String detail, Instant at) {
        return new LabourViolationDocument(id, rule.name(), version, foundBy.name(), employeeId, scheduleId, shiftId,
                shiftStart, shiftStart == null ? null : LocalDateTime.parse(shiftStart).toLocalDate(), detail, at);
    }

    private static LabourViolation view(LabourViolationDocument doc) {
        return new LabourViolation(doc.id(), LabourRule.valueOf(doc.rule()), doc.ruleVersion(),
                ViolationSource.valueOf(doc.foundBy()), new EmployeeId(doc.employeeId()),
                new ScheduleId(doc.scheduleId()), new ShiftId(doc.shiftId()),
                doc.shiftStart() == null ? null : LocalDateTime.parse(doc.shiftStart()), doc.detail(),
                doc.detectedAt());
    }

    private static String key(EmployeeId employeeId, ShiftId shiftId) {
        return employeeId.value() + ":" + shiftId.value();
    }
}
