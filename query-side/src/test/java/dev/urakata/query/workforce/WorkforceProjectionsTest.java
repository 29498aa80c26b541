package dev.urakata.query.workforce;

import java.time.ZoneId;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.config.testing.EmbeddedMongo;
import org.bson.Document;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeShift;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRuleViolationDetectedEvent;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.shared.workforce.LabourViolation;
import dev.urakata.shared.workforce.LabourViolationPage;
import dev.urakata.shared.workforce.ListEmployeeShiftsQuery;
import dev.urakata.shared.workforce.ListLabourViolationsQuery;
import dev.urakata.shared.workforce.ListSchedulesQuery;
import dev.urakata.shared.workforce.ListUnderstaffedShiftsQuery;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.SchedulePage;
import dev.urakata.shared.workforce.ScheduleSummary;
import dev.urakata.shared.workforce.ScheduleWeekQuery;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftPage;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.ShiftStatus;
import dev.urakata.shared.workforce.ShiftView;
import dev.urakata.shared.workforce.UnassignmentReason;
import dev.urakata.shared.workforce.ViolationSource;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workforce read models on the embedded MongoDB-wire server, including redelivered events. */
class WorkforceProjectionsTest {

    static final ScheduleId OSAKA = new ScheduleId("osaka-apr");
    static final ScheduleId KOBE = new ScheduleId("kobe-apr");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId BEN = new EmployeeId("ben");
    static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 4, 6); // 2026-W15
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private ShiftRosterProjection roster;
    private EmployeeShiftsProjection employeeShifts;
    private LabourViolationsProjection violations;
    private long sequence;

    @BeforeEach
    void setUp() {
        roster = new ShiftRosterProjection(mongo.template());
        employeeShifts = new EmployeeShiftsProjection(mongo.template());
        violations = new LabourViolationsProjection(mongo.template());
    }

    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    static ShiftId shift(ScheduleId schedule, LocalDate day) {
        return new ShiftId(schedule.value() + "-" + day.getDayOfMonth());
    }

    /** The schedule's events in their stream order, to every projection, as the processors would deliver them. */
    void schedule(ScheduleId id, String location) {
        deliver(new ScheduleCreatedEvent(id, location, "Floor", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                "Asia/Tokyo"));
    }

    void addShift(ScheduleId schedule, LocalDate day, int headcount) {
        deliver(new ShiftAddedEvent(schedule, shift(schedule, day), at(day, 9), at(day, 17), "Clerk", headcount));
    }

    EmployeeAssignedToShiftEvent assigned(ScheduleId schedule, LocalDate day, EmployeeId employee, int startHour,
                                          int endHour) {
        return new EmployeeAssignedToShiftEvent(schedule, shift(schedule, day), employee, at(day, startHour),
                at(day, endHour), AssignmentSource.PLANNED, false);
    }

    void deliver(Object event) {
        long seq = sequence++;
        if (event instanceof ScheduleCreatedEvent e) {
            roster.on(e);
            employeeShifts.on(e);
            violations.on(e);
        } else if (event instanceof ShiftAddedEvent e) {
            roster.on(e, seq);
            employeeShifts.on(e);
        } else if (event instanceof ShiftPublishedEvent e) {
            roster.on(e, seq);
            employeeShifts.on(e);
        } else if (event instanceof ShiftCancelledEvent e) {
            roster.on(e, seq);
            employeeShifts.on(e);
            violations.on(e);
        } else if (event instanceof EmployeeAssignedToShiftEvent e) {
            roster.on(e, seq);
            employeeShifts.on(e);
            violations.on(e);
        } else if (event instanceof EmployeeUnassignedFromShiftEvent e) {
            roster.on(e, seq);
            employeeShifts.on(e);
            violations.on(e);
        } else {
            throw new IllegalArgumentException(event.toString());
        }
    }

    @Test
    void schedulesAreListedLatestPeriodFirstAndThoseOverCanBeLeftOut() {
        schedule(OSAKA, "Osaka");
        deliver(new ScheduleCreatedEvent(KOBE, "Kobe", "Floor", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                "Asia/Tokyo"));

        assertThat(roster.handle(new ListSchedulesQuery(null, 0, 20)).items()).extracting(ScheduleSummary::location)
                .containsExactly("Kobe", "Osaka");
        SchedulePage notOver = roster.handle(new ListSchedulesQuery(LocalDate.of(2026, 5, 1), 0, 20));
        assertThat(notOver.total()).isEqualTo(1);
        assertThat(notOver.items()).singleElement().satisfies(s -> {
            assertThat(s.scheduleId()).isEqualTo(KOBE);
            assertThat(s.firstDay()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(s.published()).isFalse();
        });
    }

    @Test
    void theWeekViewShowsALocationsShiftsWithTheirEmployeesAndHeadcount() {
        schedule(OSAKA, "Osaka");
        schedule(KOBE, "Kobe");
        addShift(OSAKA, MONDAY, 2);
        addShift(OSAKA, MONDAY.plusDays(6), 1);   // Sunday, same week
        addShift(OSAKA, MONDAY.plusDays(7), 1);   // next week
        addShift(KOBE, MONDAY, 1);                // another location
        EmployeeAssignedToShiftEvent aiko = assigned(OSAKA, MONDAY, AIKO, 9, 17);
        deliver(aiko);
        long assignedAt = sequence - 1;
        deliver(new ShiftPublishedEvent(OSAKA, shift(OSAKA, MONDAY), "Osaka", "Asia/Tokyo", at(MONDAY, 9),
                at(MONDAY, 17), "Clerk", 2, List.of(AIKO)));
        roster.on(aiko, assignedAt); // a redelivery changes nothing

        ShiftPage week = roster.handle(new ScheduleWeekQuery("Osaka", MONDAY, 0, 50));
        assertThat(week.total()).isEqualTo(2);
        ShiftView monday = week.items().get(0);
        assertThat(monday.shiftId()).isEqualTo(shift(OSAKA, MONDAY));
        assertThat(monday.status()).isEqualTo(ShiftStatus.PUBLISHED);
        assertThat(monday.requiredHeadcount()).isEqualTo(2);
        assertThat(monday.assignedCount()).isEqualTo(1);
        assertThat(monday.missing()).isEqualTo(1);
        assertThat(monday.assigned()).extracting(a -> a.employeeId()).containsExactly(AIKO);
        assertThat(monday.team()).isEqualTo("Floor");
        assertThat(week.items().get(1).start()).isEqualTo(at(MONDAY.plusDays(6), 9));
    }

    @Test
    void understaffedShiftsAreTheLiveOnesWithFewerEmployeesThanNeeded() {
        schedule(OSAKA, "Osaka");
        addShift(OSAKA, MONDAY, 2);
        addShift(OSAKA, MONDAY.plusDays(1), 1);
        addShift(OSAKA, MONDAY.plusDays(2), 1);
        deliver(assigned(OSAKA, MONDAY, AIKO, 9, 17));
        deliver(assigned(OSAKA, MONDAY.plusDays(1), BEN, 9, 17));
        deliver(new ShiftCancelledEvent(OSAKA, shift(OSAKA, MONDAY.plusDays(2)), "closed"));

        ShiftPage understaffed = roster.handle(new ListUnderstaffedShiftsQuery("Osaka", MONDAY, MONDAY.plusDays(6),
                0, 20));
        assertThat(understaffed.items()).extracting(ShiftView::shiftId).containsExactly(shift(OSAKA, MONDAY));

        deliver(new EmployeeUnassignedFromShiftEvent(OSAKA, shift(OSAKA, MONDAY.plusDays(1)), BEN,
                UnassignmentReason.LEAVE, null));
        assertThat(roster.handle(new ListUnderstaffedShiftsQuery(null, MONDAY, MONDAY.plusDays(6), 0, 20)).total())
                .isEqualTo(2);
        assertThat(roster.handle(new ListUnderstaffedShiftsQuery("Kobe", MONDAY, MONDAY.plusDays(6), 0, 20))
                .total()).isZero();
    }

    @Test
    void anEmployeesShiftsInADateRange() {
        schedule(OSAKA, "Osaka");
        schedule(KOBE, "Kobe");
        addShift(OSAKA, MONDAY, 1);
        addShift(KOBE, MONDAY.plusDays(1), 1);
        addShift(OSAKA, MONDAY.plusDays(10), 1);
        deliver(assigned(OSAKA, MONDAY, AIKO, 9, 17));
        deliver(assigned(KOBE, MONDAY.plusDays(1), AIKO, 9, 17));
        deliver(assigned(OSAKA, MONDAY.plusDays(10), AIKO, 9, 17));
        deliver(new ShiftCancelledEvent(KOBE, shift(KOBE, MONDAY.plusDays(1)), null));

        List<EmployeeShift> week = employeeShifts.handle(new ListEmployeeShiftsQuery(AIKO, MONDAY,
                MONDAY.plusDays(6), 0, 20)).items();
        assertThat(week).extracting(EmployeeShift::location).containsExactly("Osaka", "Kobe");
        assertThat(week).extracting(EmployeeShift::status).containsExactly(ShiftStatus.PLANNED, ShiftStatus.CANCELLED);
        assertThat(employeeShifts.handle(new ListEmployeeShiftsQuery(BEN, MONDAY, MONDAY.plusDays(30), 0, 20))
                .total()).isZero();
    }

    @Test
    void aRuleChangeRevealsPastViolationsBesideThoseFoundAtAssignment() {
        schedule(OSAKA, "Osaka");
        // Aiko: Monday 09-17 and Tuesday 01-07 (8 h rest); Ben: Monday 09-17 only.
        addShift(OSAKA, MONDAY, 2);
        addShift(OSAKA, MONDAY.plusDays(1), 1);
        deliver(assigned(OSAKA, MONDAY, AIKO, 9, 17));
        deliver(assigned(OSAKA, MONDAY, BEN, 9, 17));
        deliver(assigned(OSAKA, MONDAY.plusDays(1), AIKO, 1, 7));
        violations.on(new LabourRuleViolationDetectedEvent(OSAKA, shift(OSAKA, MONDAY.plusDays(1)), AIKO,
                LabourRule.CONSECUTIVE_DAYS, 1, "2 working days in a row, limit 1"), "evt-1", NOW);

        violations.on(new MinimumRestSetEvent(LabourRulesId.COMPANY, 1, 11, RuleMode.RECORD), NOW.plusSeconds(60));
        violations.on(new MinimumRestSetEvent(LabourRulesId.COMPANY, 1, 11, RuleMode.RECORD),
                NOW.plusSeconds(60)); // redelivered

        LabourViolationPage all = violations.handle(query(null, null, null));
        assertThat(all.total()).isEqualTo(2);
        LabourViolation historic = violations.handle(query(null, null, ViolationSource.RULE_CHANGE)).items().get(0);
        assertThat(historic.rule()).isEqualTo(LabourRule.MINIMUM_REST);
        assertThat(historic.ruleVersion()).isEqualTo(1);
        assertThat(historic.employeeId()).isEqualTo(AIKO);
        assertThat(historic.shiftId()).isEqualTo(shift(OSAKA, MONDAY.plusDays(1)));
        assertThat(historic.shiftStart()).isEqualTo(at(MONDAY.plusDays(1), 1));
        assertThat(historic.detail()).contains("8 h rest");
        LabourViolation atAssignment = violations.handle(query(null, null, ViolationSource.ASSIGNMENT)).items()
                .get(0);
        assertThat(atAssignment.rule()).isEqualTo(LabourRule.CONSECUTIVE_DAYS);
        assertThat(violations.handle(query(BEN, null, null)).total()).isZero();

        // a weekly limit of 10 h: only Aiko's week (14 h) breaks it, at the shift that crosses it
        violations.on(new WeeklyHoursLimitSetEvent(LabourRulesId.COMPANY, 1, 10, OvertimePolicy.ALLOW), NOW);
        List<LabourViolation> weekly = violations.handle(query(null, LabourRule.WEEKLY_HOURS, null)).items();
        assertThat(weekly).extracting(LabourViolation::employeeId).containsExactly(AIKO);
        assertThat(weekly.get(0).shiftId()).isEqualTo(shift(OSAKA, MONDAY.plusDays(1)));

        // an unassigned shift is no longer judged by later versions
        deliver(new EmployeeUnassignedFromShiftEvent(OSAKA, shift(OSAKA, MONDAY.plusDays(1)), AIKO,
                UnassignmentReason.MANAGER, null));
        violations.on(new MinimumRestSetEvent(LabourRulesId.COMPANY, 2, 12, RuleMode.REFUSE), NOW);
        assertThat(violations.handle(query(null, LabourRule.MINIMUM_REST, ViolationSource.RULE_CHANGE)).items())
                .extracting(LabourViolation::ruleVersion).containsExactly(1);
    }

    @Test
    void aRuleChangeAlsoRevealsWhatWasActuallyWorkedNotJustWhatWasPlanned() {
        // Planned 09:00-17:00 on two days (16 h of rest between them), but Aiko stayed until 23:30 on the first day
        // and came at 06:00 on the second: 6.5 h of rest, which a minimum-rest rule added later reports.
        ShiftId first = new ShiftId("worked-1");
        ShiftId second = new ShiftId("worked-2");
        for (ShiftId shift : List.of(first, second)) {
            LocalDateTime start = MONDAY.atTime(9, 0).plusDays(shift == first ? 0 : 1);
            violations.on(new ShiftAttendanceOpenedEvent(shift, OSAKA, "Asia/Tokyo", start, start.plusHours(8),
                    start.atZone(TOKYO).toInstant(), start.plusHours(8).atZone(TOKYO).toInstant(),
                    start.plusMinutes(15).atZone(TOKYO).toInstant(), List.of(AIKO)));
        }
        violations.on(new EmployeeClockedInEvent(first, AIKO, MONDAY.atTime(9, 0).atZone(TOKYO).toInstant(), 0,
                "aiko", null));
        violations.on(new EmployeeClockedOutEvent(first, AIKO, MONDAY.atTime(23, 30).atZone(TOKYO).toInstant(), 0,
                "aiko", null));
        violations.on(new EmployeeClockedInEvent(second, AIKO,
                MONDAY.plusDays(1).atTime(6, 0).atZone(TOKYO).toInstant(), 0, "aiko", null));
        violations.on(new EmployeeClockedOutEvent(second, AIKO,
                MONDAY.plusDays(1).atTime(14, 0).atZone(TOKYO).toInstant(), 0, "aiko", null));

        violations.on(new MinimumRestSetEvent(LabourRulesId.COMPANY, 1, 11, RuleMode.RECORD), NOW.plusSeconds(60));

        List<LabourViolation> worked = violations.handle(query(AIKO, LabourRule.MINIMUM_REST,
                ViolationSource.RULE_CHANGE_ATTENDANCE)).items();
        assertThat(worked).hasSize(1);
        assertThat(worked.get(0).shiftId()).isEqualTo(second);
        assertThat(worked.get(0).scheduleId()).isEqualTo(OSAKA);
        assertThat(worked.get(0).shiftStart()).isEqualTo(MONDAY.plusDays(1).atTime(6, 0));
        assertThat(worked.get(0).detail()).startsWith("worked: ");
        // A redelivered rule event finds the same violation again, not a second one.
        violations.on(new MinimumRestSetEvent(LabourRulesId.COMPANY, 1, 11, RuleMode.RECORD), NOW.plusSeconds(60));
        assertThat(violations.handle(query(AIKO, null, ViolationSource.RULE_CHANGE_ATTENDANCE)).items()).hasSize(1);
        // Clock times and when a violation was found are instants, stored as dates.
        assertThat(mongo.template().findById(AIKO.value() + ":" + second.value(), Document.class,
                LabourViolationsProjection.WORKED)).extractingByKeys("clockedInAt", "clockedOutAt")
                .allMatch(Date.class::isInstance);
        assertThat(mongo.template().findById(worked.get(0).violationId(), Document.class,
                LabourViolationsProjection.VIOLATIONS).get("detectedAt")).isInstanceOf(Date.class);
    }

    static ListLabourViolationsQuery query(EmployeeId employee, LabourRule rule, ViolationSource foundBy) {
        return new ListLabourViolationsQuery(employee, null, rule, foundBy, null, null, 0, 50);
    }
}
