package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
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
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.RuleBreach;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ViolationSource;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
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
        mongo.save(new Document("_id", event.scheduleId().value()).append("timeZone", event.timeZone()), SCHEDULES);
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event) {
        Document schedule = mongo.findById(event.scheduleId().value(), Document.class, SCHEDULES);
        mongo.save(new Document("_id", key(event.employeeId(), event.shiftId()))
                .append("employeeId", event.employeeId().value())
                .append("scheduleId", event.scheduleId().value())
                .append("shiftId", event.shiftId().value())
                .append("start", event.start().toString())
                .append("end", event.end().toString())
                .append("timeZone", schedule == null ? "UTC" : schedule.getString("timeZone"))
                .append("overtimeApproved", event.overtimeApproved()), ASSIGNMENTS);
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(event.employeeId(), event.shiftId()))), ASSIGNMENTS);
    }

    @EventHandler
    void on(ShiftCancelledEvent event) {
        mongo.remove(Query.query(Criteria.where("shiftId").is(event.shiftId().value())), ASSIGNMENTS);
    }

    /** Where and in which zone a shift is worked, for the clock events that follow. */
    @EventHandler
    void on(ShiftAttendanceOpenedEvent event) {
        mongo.save(new Document("_id", "shift:" + event.shiftId().value())
                .append("scheduleId", event.scheduleId().value())
                .append("timeZone", event.timeZone()), WORKED);
    }

    @EventHandler
    void on(EmployeeClockedInEvent event) {
        Document shift = mongo.findById("shift:" + event.shiftId().value(), Document.class, WORKED);
        mongo.save(new Document("_id", key(event.employeeId(), event.shiftId()))
                .append("employeeId", event.employeeId().value())
                .append("shiftId", event.shiftId().value())
                .append("scheduleId", shift == null ? null : shift.getString("scheduleId"))
                .append("timeZone", shift == null ? "UTC" : shift.getString("timeZone"))
                .append("clockedInAt", event.clockedInAt().toString()), WORKED);
    }

    @EventHandler
    void on(EmployeeClockedOutEvent event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(event.employeeId(), event.shiftId()))),
                Update.update("clockedOutAt", event.clockedOutAt().toString()), WORKED);
    }

    @EventHandler
    void on(LabourRuleViolationDetectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Document assignment = mongo.findById(key(event.employeeId(), event.shiftId()), Document.class, ASSIGNMENTS);
        String start = assignment == null ? null : assignment.getString("start");
        mongo.save(violation(eventId, event.rule(), event.ruleVersion(), ViolationSource.ASSIGNMENT,
                event.employeeId().value(), event.scheduleId().value(), event.shiftId().value(), start,
                event.detail(), at), VIOLATIONS);
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
        MongoPages.Slice<LabourViolation> slice = MongoPages.read(mongo, VIOLATIONS, Query.query(criteria),
                Sort.by("shiftStart", "_id"), query.page(), query.size(), LabourViolationsProjection::view);
        return new LabourViolationPage(slice.items(), query.page(), query.size(), slice.total());
    }

    /**
     * Re-judges every planned assignment by the rule as it now stands, employee by employee. Findings of earlier
     * versions stay in the report: they say what that version found.
     */
    private void recheck(LabourRule rule, Object event, Instant at) {
        LabourRuleBook book = ruleBook().with(event);
        saveRuleBook(book);
        int version = book.versionOf(rule);
        Map<String, List<Document>> byEmployee = mongo.findAll(Document.class, ASSIGNMENTS).stream()
                .collect(Collectors.groupingBy(a -> a.getString("employeeId")));
        byEmployee.forEach((employeeId, assignments) -> {
            Map<String, Document> byShift = assignments.stream()
                    .collect(Collectors.toMap(a -> a.getString("shiftId"), a -> a));
            List<PlannedShift> shifts = assignments.stream().map(a -> new PlannedShift(
                    new ShiftId(a.getString("shiftId")), LocalDateTime.parse(a.getString("start")),
                    LocalDateTime.parse(a.getString("end")), a.getString("timeZone"),
                    a.getBoolean("overtimeApproved", false))).toList();
            for (RuleBreach breach : LabourRuleChecks.allBreaches(rule, book, shifts)) {
                Document assignment = byShift.get(breach.shiftId().value());
                String id = "rule-change:" + rule + ":" + version + ":" + employeeId + ":" + breach.shiftId();
                mongo.save(violation(id, rule, version, ViolationSource.RULE_CHANGE, employeeId,
                        assignment.getString("scheduleId"), breach.shiftId().value(), assignment.getString("start"),
                        breach.detail(), at), VIOLATIONS);
            }
        });
        recheckWorked(rule, book, version, at);
    }

    /**
     * Re-judges the time actually worked (every shift clocked in and out) by the rule as it now stands: a rule
     * added today reports that somebody worked too long last month even when the plan was within it.
     */
    private void recheckWorked(LabourRule rule, LabourRuleBook book, int version, Instant at) {
        Map<String, List<Document>> byEmployee = mongo.find(Query.query(Criteria.where("clockedOutAt").exists(true)),
                        Document.class, WORKED).stream()
                .collect(Collectors.groupingBy(w -> w.getString("employeeId")));
        byEmployee.forEach((employeeId, worked) -> {
            Map<String, Document> byShift = worked.stream()
                    .collect(Collectors.toMap(w -> w.getString("shiftId"), w -> w));
            List<PlannedShift> shifts = worked.stream().map(w -> {
                ZoneId zone = ZoneId.of(w.getString("timeZone"));
                return new PlannedShift(new ShiftId(w.getString("shiftId")),
                        LocalDateTime.ofInstant(Instant.parse(w.getString("clockedInAt")), zone),
                        LocalDateTime.ofInstant(Instant.parse(w.getString("clockedOutAt")), zone),
                        w.getString("timeZone"), false);
            }).toList();
            for (RuleBreach breach : LabourRuleChecks.allBreaches(rule, book, shifts)) {
                Document shift = byShift.get(breach.shiftId().value());
                ZoneId zone = ZoneId.of(shift.getString("timeZone"));
                String start = LocalDateTime.ofInstant(Instant.parse(shift.getString("clockedInAt")), zone).toString();
                String id = "rule-change-worked:" + rule + ":" + version + ":" + employeeId + ":" + breach.shiftId();
                mongo.save(violation(id, rule, version, ViolationSource.RULE_CHANGE_ATTENDANCE, employeeId,
                        shift.getString("scheduleId"), breach.shiftId().value(), start, "worked: " + breach.detail(),
                        at), VIOLATIONS);
            }
        });
    }

    private LabourRuleBook ruleBook() {
        Document doc = mongo.findById(RULE_BOOK, Document.class, RULES);
        if (doc == null) {
            return LabourRuleBook.NONE;
        }
        Document weekly = doc.get("weeklyHours", Document.class);
        Document rest = doc.get("minimumRest", Document.class);
        Document days = doc.get("consecutiveDays", Document.class);
        return new LabourRuleBook(
                weekly == null ? null : new WeeklyHoursLimit(weekly.getInteger("version"),
                        weekly.getInteger("limit"), OvertimePolicy.valueOf(weekly.getString("mode"))),
                rest == null ? null : new MinimumRest(rest.getInteger("version"), rest.getInteger("limit"),
                        RuleMode.valueOf(rest.getString("mode"))),
                days == null ? null : new ConsecutiveDaysLimit(days.getInteger("version"), days.getInteger("limit"),
                        RuleMode.valueOf(days.getString("mode"))));
    }

    private void saveRuleBook(LabourRuleBook book) {
        Document doc = new Document("_id", RULE_BOOK);
        if (book.weeklyHours() != null) {
            doc.append("weeklyHours", setting(book.weeklyHours().version(), book.weeklyHours().maxHours(),
                    book.weeklyHours().overtimePolicy().name()));
        }
        if (book.minimumRest() != null) {
            doc.append("minimumRest", setting(book.minimumRest().version(), book.minimumRest().minHours(),
                    book.minimumRest().mode().name()));
        }
        if (book.consecutiveDays() != null) {
            doc.append("consecutiveDays", setting(book.consecutiveDays().version(), book.consecutiveDays().maxDays(),
                    book.consecutiveDays().mode().name()));
        }
        mongo.save(doc, RULES);
    }

    private static Document setting(int version, int limit, String mode) {
        return new Document("version", version).append("limit", limit).append("mode", mode);
    }

    private static Document violation(String id, LabourRule rule, int version, ViolationSource foundBy,
                                      String employeeId, String scheduleId, String shiftId, String shiftStart,
                                      String detail, Instant at) {
        return new Document("_id", id).append("rule", rule.name()).append("ruleVersion", version)
                .append("foundBy", foundBy.name()).append("employeeId", employeeId)
                .append("scheduleId", scheduleId).append("shiftId", shiftId)
                .append("shiftStart", shiftStart)
                .append("day", shiftStart == null ? null : shiftStart.substring(0, 10))
                .append("detail", detail).append("detectedAt", at.toString());
    }

    private static LabourViolation view(Document doc) {
        String start = doc.getString("shiftStart");
        return new LabourViolation(doc.getString("_id"), LabourRule.valueOf(doc.getString("rule")),
                doc.getInteger("ruleVersion"), ViolationSource.valueOf(doc.getString("foundBy")),
                new EmployeeId(doc.getString("employeeId")), new ScheduleId(doc.getString("scheduleId")),
                new ShiftId(doc.getString("shiftId")), start == null ? null : LocalDateTime.parse(start),
                doc.getString("detail"), Instant.parse(doc.getString("detectedAt")));
    }

    private static String key(EmployeeId employeeId, ShiftId shiftId) {
        return employeeId.value() + ":" + shiftId.value();
    }
}
