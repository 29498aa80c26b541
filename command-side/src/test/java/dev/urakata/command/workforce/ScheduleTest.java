package dev.urakata.command.workforce;

import dev.urakata.command.support.TestAggregateKinds;
import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.workforce.AddShiftCommand;
import dev.urakata.shared.workforce.ApproveShiftSwapCommand;
import dev.urakata.shared.workforce.AssignEmployeeToShiftCommand;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.CancelShiftCommand;
import dev.urakata.shared.workforce.ClaimOpenShiftCommand;
import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
import dev.urakata.shared.workforce.CreateScheduleCommand;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRuleViolationDetectedEvent;
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.OpenShiftForClaimsCommand;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.PublishScheduleCommand;
import dev.urakata.shared.workforce.RejectShiftSwapCommand;
import dev.urakata.shared.workforce.RequestShiftSwapCommand;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.SchedulePublishedEvent;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftOpenedForClaimsEvent;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.ShiftSwapApprovedEvent;
import dev.urakata.shared.workforce.ShiftSwapRejectedEvent;
import dev.urakata.shared.workforce.ShiftSwapRequestedEvent;
import dev.urakata.shared.workforce.SwapId;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.urakata.command.support.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command path of the Schedule aggregate, accepted and refused, including each labour rule in each mode. */
class ScheduleTest {

    static final ScheduleId ID = new ScheduleId("sch-1");
    static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    static final LocalDate LAST = LocalDate.of(2026, 4, 30);
    static final String TOKYO = "Asia/Tokyo";
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId BEN = new EmployeeId("ben");
    /** Temporary: 2026-04-01 to 2026-04-15. */
    static final EmployeeId TEMP = new EmployeeId("temp");
    /** Hired 2026-04-20. */
    static final EmployeeId LATE = new EmployeeId("late");
    /** Terminated, last day 2026-04-10. */
    static final EmployeeId GONE = new EmployeeId("gone");

    private EmbeddedMongo mongo;
    private UniqueKeys uniqueKeys;
    private Rotas rotas;
    private final Rules rules = new Rules();
    private AggregateTestFixture<Schedule> fixture;

    /** The rules in force, changed by each test as it needs. */
    static final class Rules implements LabourRulesInForce {
        LabourRuleBook book = LabourRuleBook.NONE;

        @Override
        public LabourRuleBook current() {
            return book;
        }
    }

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        WorkforceEmployees employees = new WorkforceEmployees(mongo.template());
        hire(employees, AIKO, EmploymentType.PERMANENT, LocalDate.of(2025, 1, 1), null);
        hire(employees, BEN, EmploymentType.PERMANENT, LocalDate.of(2025, 1, 1), null);
        hire(employees, TEMP, EmploymentType.TEMPORARY, FIRST, LocalDate.of(2026, 4, 15));
        hire(employees, LATE, EmploymentType.PERMANENT, LocalDate.of(2026, 4, 20), null);
        hire(employees, GONE, EmploymentType.PERMANENT, LocalDate.of(2025, 1, 1), null);
        employees.on(new EmployeeTerminatedEvent(GONE, TerminationReason.RESIGNATION, LocalDate.of(2026, 4, 10),
                null));
        fixture = new AggregateTestFixture<>(Schedule.class);
        uniqueKeys = TestUniqueKeys.create();
        fixture.registerInjectableResource(uniqueKeys);
        fixture.registerInjectableResource(TestAggregateKinds.recorded(Map.of(AIKO.value(), "Employee")));
        fixture.registerInjectableResource(employees);
        fixture.registerInjectableResource(rules);
        rotas = new Rotas(EmbeddedDatabase.create());
        fixture.registerInjectableResource(rotas);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    static void hire(WorkforceEmployees view, EmployeeId id, EmploymentType type, LocalDate hired, LocalDate end) {
        view.on(new EmployeeHiredEvent(id, "N-" + id.value(), "Given", "Family", id.value() + "@example.com",
                "Store", "Clerk", type, end, hired, Money.of("300000", "JPY")));
    }

    static ScheduleCreatedEvent created() {
        return new ScheduleCreatedEvent(ID, "Osaka", "Floor", FIRST, LAST, TOKYO);
    }

    static ShiftId shift(int day) {
        return new ShiftId("s-" + day);
    }

    static LocalDateTime at(int day, int hour) {
        return LocalDate.of(2026, 4, 1).plusDays(day - 1L).atTime(hour, 0);
    }

    /** An 8-hour day shift 09:00-17:00 on 2026-04-{day}. */
    static ShiftAddedEvent dayShift(int day, int headcount) {
        return new ShiftAddedEvent(ID, shift(day), at(day, 9), at(day, 17), "Clerk", headcount);
    }

    static EmployeeAssignedToShiftEvent assigned(int day, EmployeeId employee) {
        return new EmployeeAssignedToShiftEvent(ID, shift(day), employee, at(day, 9), at(day, 17),
                AssignmentSource.PLANNED, false);
    }

    static AssignEmployeeToShiftCommand assign(int day, EmployeeId employee) {
        return new AssignEmployeeToShiftCommand(ID, shift(day), employee, false);
    }

    @Nested
    class Creating {
        @Test
        void createsForAPeriodOfUpToThreeMonths() {
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, " Osaka ", "Floor", FIRST, LAST, TOKYO))
                    .expectEvents(created());
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, "Osaka", "Floor", FIRST, LocalDate.of(2026, 6, 30), TOKYO))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesLongerPeriodsReversedDaysAndUnknownZones() {
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, "Osaka", "Floor", FIRST, LocalDate.of(2026, 7, 1), TOKYO))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, "Osaka", "Floor", LAST, FIRST, TOKYO))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, "Osaka", "Floor", FIRST, LAST, "Mars/Olympus"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new CreateScheduleCommand(ID, " ", "Floor", FIRST, LAST, TOKYO))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class AddingShifts {
        @Test
        void addsAShiftInsideThePeriod() {
            fixture.given(created())
                    .when(new AddShiftCommand(ID, shift(1), at(1, 9), at(1, 17), " Clerk ", 2))
                    .expectEvents(dayShift(1, 2));
        }

        @Test
        void aShiftAddedToAPublishedScheduleIsPublishedAtOnce() {
            fixture.given(created(), new SchedulePublishedEvent(ID, "Osaka", "Floor", FIRST, LAST, 0))
                    .when(new AddShiftCommand(ID, shift(1), at(1, 9), at(1, 17), "Clerk", 2))
                    .expectEvents(dayShift(1, 2), new ShiftPublishedEvent(ID, shift(1), "Osaka", TOKYO, at(1, 9),
                            at(1, 17), "Clerk", 2, List.of()));
        }

        @Test
        void refusesBadShifts() {
            List<AddShiftCommand> bad = List.of(
                    new AddShiftCommand(ID, shift(1), at(1, 17), at(1, 9), "Clerk", 1),      // end before start
                    new AddShiftCommand(ID, shift(1), at(1, 9), at(1, 9), "Clerk", 1),       // empty
                    new AddShiftCommand(ID, shift(1), at(0, 9), at(0, 17), "Clerk", 1),      // 31 March
                    new AddShiftCommand(ID, shift(1), at(30, 20), at(31, 4), "Clerk", 1),    // into 1 May
                    new AddShiftCommand(ID, shift(1), at(1, 6), at(1, 23), "Clerk", 1),      // 17 hours
                    new AddShiftCommand(ID, shift(1), at(1, 9), at(1, 17), " ", 1),
                    new AddShiftCommand(ID, shift(1), at(1, 9), at(1, 17), "Clerk", 0));
            for (AddShiftCommand command : bad) {
                fixture.given(created()).when(command)
                        .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            }
        }

        @Test
        void refusesAShiftIdTakenHereOrInAnotherSchedule() {
            fixture.given(created(), dayShift(1, 1))
                    .when(new AddShiftCommand(ID, shift(1), at(2, 9), at(2, 17), "Clerk", 1))
                    .expectException(refusedWith(WorkforceErrors.DUPLICATE_SHIFT_ID)).expectNoEvents();
            uniqueKeys.claim(Schedule.SHIFT_ID, "elsewhere", "other-schedule",
                    WorkforceErrors.DUPLICATE_SHIFT_ID);
            fixture.given(created())
                    .when(new AddShiftCommand(ID, new ShiftId("elsewhere"), at(2, 9), at(2, 17), "Clerk", 1))
                    .expectException(refusedWith(WorkforceErrors.DUPLICATE_SHIFT_ID)).expectNoEvents();
        }

        @Test
        void refusesAShiftIdThatIsAnotherRecordsOrShapedLikeOneTheSystemDerives() {
            // the attendance of the published shift would be recorded under the employee's id
            fixture.given(created())
                    .when(new AddShiftCommand(ID, new ShiftId(AIKO.value()), at(2, 9), at(2, 17), "Clerk", 1))
                    .expectException(refusedWith(CommonErrors.ID_IN_USE)).expectNoEvents();
            // an accounting period's id, and a budget's
            for (String id : List.of("2026-05", "Floor-2026-05")) {
                fixture.given(created())
                        .when(new AddShiftCommand(ID, new ShiftId(id), at(2, 9), at(2, 17), "Clerk", 1))
                        .expectException(refusedWith(CommonErrors.ID_IN_USE)).expectNoEvents();
            }
            assertThat(uniqueKeys.isClaimed(Schedule.SHIFT_ID, AIKO.value())).isFalse();
        }
    }

    @Nested
    class Cancelling {
        @Test
        void cancelsOnceAndThenNothingMoreHappensOnTheShift() {
            fixture.given(created(), dayShift(1, 1))
                    .when(new CancelShiftCommand(ID, shift(1), "closed"))
                    .expectEvents(new ShiftCancelledEvent(ID, shift(1), "closed"));
            fixture.given(created(), dayShift(1, 1), new ShiftCancelledEvent(ID, shift(1), "closed"))
                    .when(new CancelShiftCommand(ID, shift(1), "again"))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CANCELLED)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), new ShiftCancelledEvent(ID, shift(1), "closed"))
                    .when(assign(1, AIKO))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CANCELLED)).expectNoEvents();
            fixture.given(created())
                    .when(new CancelShiftCommand(ID, shift(9), null))
                    .expectException(refusedWith(WorkforceErrors.UNKNOWN_SHIFT)).expectNoEvents();
        }

        @Test
        void aCancelledShiftFreesItsEmployeesTime() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), new ShiftCancelledEvent(ID, shift(1), null),
                            new ShiftAddedEvent(ID, new ShiftId("s-1b"), at(1, 10), at(1, 14), "Clerk", 1))
                    .when(new AssignEmployeeToShiftCommand(ID, new ShiftId("s-1b"), AIKO, false))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Assigning {
        @Test
        void assignsAnEligibleEmployee() {
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, AIKO))
                    .expectEvents(assigned(1, AIKO));
        }

        @Test
        void refusesUnknownEmployeesAndShifts() {
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, new EmployeeId("nobody")))
                    .expectException(refusedWith(HrErrors.UNKNOWN_EMPLOYEE)).expectNoEvents();
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(2, AIKO))
                    .expectException(refusedWith(WorkforceErrors.UNKNOWN_SHIFT)).expectNoEvents();
        }

        @Test
        void aTemporaryContractCoversShiftsUpToItsEndOnly() {
            fixture.given(created(), dayShift(15, 2))
                    .when(assign(15, TEMP))
                    .expectEvents(assigned(15, TEMP));
            fixture.given(created(), dayShift(16, 2))
                    .when(assign(16, TEMP))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
            // a night shift that ends on the day after the contract's last day
            ShiftAddedEvent night = new ShiftAddedEvent(ID, new ShiftId("night"), at(15, 22), at(16, 6), "Guard", 1);
            fixture.given(created(), night)
                    .when(new AssignEmployeeToShiftCommand(ID, new ShiftId("night"), TEMP, false))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
        }

        @Test
        void refusesShiftsBeforeHireAndAfterTermination() {
            fixture.given(created(), dayShift(19, 2))
                    .when(assign(19, LATE))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
            fixture.given(created(), dayShift(20, 2))
                    .when(assign(20, LATE))
                    .expectEvents(assigned(20, LATE));
            fixture.given(created(), dayShift(11, 2))
                    .when(assign(11, GONE))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
        }

        @Test
        void refusesDoubleAssignmentOverStaffingAndOverlaps() {
            fixture.given(created(), dayShift(1, 2), assigned(1, AIKO))
                    .when(assign(1, AIKO))
                    .expectException(refusedWith(WorkforceErrors.ALREADY_ASSIGNED)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(assign(1, BEN))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_FULL)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO),
                            new ShiftAddedEvent(ID, new ShiftId("late-1"), at(1, 16), at(1, 22), "Clerk", 1))
                    .when(new AssignEmployeeToShiftCommand(ID, new ShiftId("late-1"), AIKO, false))
                    .expectException(refusedWith(WorkforceErrors.OVERLAPPING_SHIFT)).expectNoEvents();
        }
    }

    @Nested
    class LabourRules {

        /** Aiko works 09-17 on Monday 6 to Thursday 9 April 2026: 32 hours in week 2026-W15. */
        Object[] fourDays() {
            List<Object> events = new ArrayList<>(List.of(created()));
            for (int day = 6; day <= 9; day++) {
                events.add(dayShift(day, 2));
                events.add(assigned(day, AIKO));
            }
            events.add(dayShift(10, 2));
            return events.toArray();
        }

        @Test
        void weeklyHoursRefuseMode() {
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 36, OvertimePolicy.REFUSE), null, null);
            fixture.given(fourDays()).when(assign(10, AIKO))
                    .expectException(refusedWith(WorkforceErrors.WEEKLY_HOURS_EXCEEDED)).expectNoEvents();
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 40, OvertimePolicy.REFUSE), null, null);
            fixture.given(fourDays()).when(assign(10, AIKO)).expectEvents(assigned(10, AIKO));
        }

        @Test
        void weeklyHoursNeedApprovalWhichTheAssignmentRecords() {
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 36, OvertimePolicy.REQUIRE_APPROVAL), null, null);
            fixture.given(fourDays()).when(assign(10, AIKO))
                    .expectException(refusedWith(WorkforceErrors.OVERTIME_APPROVAL_REQUIRED)).expectNoEvents();
            fixture.given(fourDays()).when(new AssignEmployeeToShiftCommand(ID, shift(10), AIKO, true))
                    .expectEvents(new EmployeeAssignedToShiftEvent(ID, shift(10), AIKO, at(10, 9), at(10, 17),
                            AssignmentSource.PLANNED, true));
        }

        @Test
        void weeklyHoursAllowedOvertimeIsRecorded() {
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(3, 36, OvertimePolicy.ALLOW), null, null);
            fixture.given(fourDays()).when(assign(10, AIKO))
                    .expectEvents(assigned(10, AIKO), new LabourRuleViolationDetectedEvent(ID, shift(10), AIKO,
                            LabourRule.WEEKLY_HOURS, 3, "40 h planned in week 2026-W15, limit 36 h"));
        }

        @Test
        void minimumRestInBothModes() {
            ShiftAddedEvent early = new ShiftAddedEvent(ID, new ShiftId("early"), at(2, 1), at(2, 7), "Clerk", 1);
            AssignEmployeeToShiftCommand assignEarly = new AssignEmployeeToShiftCommand(ID, new ShiftId("early"),
                    AIKO, false);
            rules.book = new LabourRuleBook(null, new MinimumRest(1, 11, RuleMode.REFUSE), null);
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), early).when(assignEarly)
                    .expectException(refusedWith(WorkforceErrors.MINIMUM_REST_BREACHED)).expectNoEvents();
            rules.book = new LabourRuleBook(null, new MinimumRest(2, 11, RuleMode.RECORD), null);
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), early).when(assignEarly)
                    .expectEvents(new EmployeeAssignedToShiftEvent(ID, new ShiftId("early"), AIKO, at(2, 1),
                                    at(2, 7), AssignmentSource.PLANNED, false),
                            new LabourRuleViolationDetectedEvent(ID, new ShiftId("early"), AIKO,
                                    LabourRule.MINIMUM_REST, 2, "8 h rest next to shift s-1, minimum 11 h"));
            // a shift placed before an existing one is checked against it as well
            rules.book = new LabourRuleBook(null, new MinimumRest(1, 11, RuleMode.REFUSE), null);
            ShiftAddedEvent evening = new ShiftAddedEvent(ID, new ShiftId("eve"), at(1, 18), at(1, 23), "Clerk", 1);
            fixture.given(created(), dayShift(2, 1), assigned(2, AIKO), evening)
                    .when(new AssignEmployeeToShiftCommand(ID, new ShiftId("eve"), AIKO, false))
                    .expectException(refusedWith(WorkforceErrors.MINIMUM_REST_BREACHED)).expectNoEvents();
        }

        @Test
        void consecutiveDaysInBothModes() {
            rules.book = new LabourRuleBook(null, null, new ConsecutiveDaysLimit(1, 4, RuleMode.REFUSE));
            fixture.given(fourDays()).when(assign(10, AIKO))
                    .expectException(refusedWith(WorkforceErrors.CONSECUTIVE_DAYS_EXCEEDED)).expectNoEvents();
            rules.book = new LabourRuleBook(null, null, new ConsecutiveDaysLimit(1, 4, RuleMode.RECORD));
            fixture.given(fourDays()).when(assign(10, AIKO))
                    .expectEvents(assigned(10, AIKO), new LabourRuleViolationDetectedEvent(ID, shift(10), AIKO,
                            LabourRule.CONSECUTIVE_DAYS, 1, "5 working days in a row, limit 4"));
            rules.book = new LabourRuleBook(null, null, new ConsecutiveDaysLimit(1, 5, RuleMode.REFUSE));
            fixture.given(fourDays()).when(assign(10, AIKO)).expectEvents(assigned(10, AIKO));
        }

        @Test
        void anotherEmployeesShiftsDoNotCount() {
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 8, OvertimePolicy.REFUSE),
                    new MinimumRest(1, 11, RuleMode.REFUSE), new ConsecutiveDaysLimit(1, 1, RuleMode.REFUSE));
            fixture.given(fourDays()).when(assign(10, BEN)).expectEvents(assigned(10, BEN));
        }
    }

    /** A person's shifts in other schedules count: they come from the person's rota, which these commands keep. */
    @Nested
    class OneRotaPerPerson {
        final ScheduleId packing = new ScheduleId("sch-packing");

        void onPacking(EmployeeId who, String shiftId, LocalDateTime start, LocalDateTime end, String zone) {
            rotas.add(who, packing, new PlannedShift(new ShiftId(shiftId), start, end, zone, false));
        }

        List<String> rotaOf(EmployeeId who) {
            return rotas.shiftsOf(who).stream()
                    .map(entry -> entry.scheduleId().value() + "/" + entry.shift().shiftId().value()).toList();
        }

        @Test
        void refusesAShiftThatOverlapsOneInAnotherSchedule() {
            onPacking(AIKO, "pack-1", at(1, 12), at(1, 20), TOKYO);
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, AIKO))
                    .expectException(refusedWith(WorkforceErrors.OVERLAPPING_SHIFT)).expectNoEvents();
            assertThat(rotaOf(AIKO)).containsExactly("sch-packing/pack-1");
        }

        @Test
        void overlapsAreRealTimeWhateverTheSchedulesZones() {
            // 00:00-02:00 UTC is 09:00-11:00 in Tokyo
            onPacking(AIKO, "pack-utc", at(1, 0), at(1, 2), "UTC");
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, AIKO))
                    .expectException(refusedWith(WorkforceErrors.OVERLAPPING_SHIFT)).expectNoEvents();
            // 08:00-09:00 UTC is 17:00-18:00 in Tokyo: right after the day shift
            onPacking(BEN, "pack-utc-late", at(1, 8), at(1, 9), "UTC");
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, BEN))
                    .expectEvents(assigned(1, BEN));
        }

        @Test
        void acceptsAShiftBesideOneInAnotherScheduleAndPutsItOnTheRota() {
            onPacking(AIKO, "pack-1", at(1, 17), at(1, 21), TOKYO);
            fixture.given(created(), dayShift(1, 2))
                    .when(assign(1, AIKO))
                    .expectEvents(assigned(1, AIKO));
            assertThat(rotaOf(AIKO)).containsExactly("sch-1/s-1", "sch-packing/pack-1");
        }

        @Test
        void weeklyHoursCountTheShiftsOfEverySchedule() {
            for (int day = 6; day <= 9; day++) {
                onPacking(AIKO, "pack-" + day, at(day, 9), at(day, 17), TOKYO);
            }
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 36, OvertimePolicy.REFUSE), null, null);
            fixture.given(created(), dayShift(10, 2))
                    .when(assign(10, AIKO))
                    .expectException(refusedWith(WorkforceErrors.WEEKLY_HOURS_EXCEEDED)).expectNoEvents();
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 40, OvertimePolicy.REFUSE), null, null);
            fixture.given(created(), dayShift(10, 2))
                    .when(assign(10, AIKO))
                    .expectEvents(assigned(10, AIKO));
        }

        @Test
        void claimsAndSwapApprovalsAreCheckedAgainstOtherSchedulesToo() {
            onPacking(BEN, "pack-1", at(1, 12), at(1, 20), TOKYO);
            SchedulePublishedEvent published = new SchedulePublishedEvent(ID, "Osaka", "Floor", FIRST, LAST, 1);
            fixture.given(created(), dayShift(1, 2), published, new ShiftOpenedForClaimsEvent(ID, shift(1), 2))
                    .when(new ClaimOpenShiftCommand(ID, shift(1), BEN))
                    .expectException(refusedWith(WorkforceErrors.OVERLAPPING_SHIFT)).expectNoEvents();
            SwapId swap = new SwapId("swap-1");
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO),
                            new ShiftSwapRequestedEvent(ID, swap, shift(1), AIKO, BEN))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectException(refusedWith(WorkforceErrors.OVERLAPPING_SHIFT)).expectNoEvents();
            assertThat(rotaOf(BEN)).containsExactly("sch-packing/pack-1");
        }

        @Test
        void unassignmentCancellationAndSwapsTakeThePersonOffTheRota() {
            PlannedShift first = new PlannedShift(shift(1), at(1, 9), at(1, 17), TOKYO, false);
            rotas.add(AIKO, ID, first);
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new UnassignEmployeeFromShiftCommand(ID, shift(1), AIKO, UnassignmentReason.MANAGER, null))
                    .expectSuccessfulHandlerExecution();
            assertThat(rotaOf(AIKO)).isEmpty();

            rotas.add(AIKO, ID, first);
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new CancelShiftCommand(ID, shift(1), "closed"))
                    .expectSuccessfulHandlerExecution();
            assertThat(rotaOf(AIKO)).isEmpty();

            rotas.add(AIKO, ID, first);
            SwapId swap = new SwapId("swap-1");
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO),
                            new ShiftSwapRequestedEvent(ID, swap, shift(1), AIKO, BEN))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectSuccessfulHandlerExecution();
            assertThat(rotaOf(AIKO)).isEmpty();
            assertThat(rotaOf(BEN)).containsExactly("sch-1/s-1");
        }

        @Test
        void aRefusedAssignmentLeavesTheRotaAsItWas() {
            fixture.given(created(), dayShift(11, 2))
                    .when(assign(11, GONE))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
            assertThat(rotaOf(GONE)).isEmpty();
        }
    }

    @Nested
    class Unassigning {
        @Test
        void takesAnEmployeeOffAShift() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new UnassignEmployeeFromShiftCommand(ID, shift(1), AIKO, UnassignmentReason.LEAVE, "flu"))
                    .expectEvents(new EmployeeUnassignedFromShiftEvent(ID, shift(1), AIKO, UnassignmentReason.LEAVE,
                            "flu"));
            fixture.given(created(), dayShift(1, 1))
                    .when(new UnassignEmployeeFromShiftCommand(ID, shift(1), AIKO, UnassignmentReason.MANAGER, null))
                    .expectException(refusedWith(WorkforceErrors.NOT_ASSIGNED)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new UnassignEmployeeFromShiftCommand(ID, shift(1), AIKO, null, null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void aFreedPlaceCanBeFilledAgain() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO),
                            new EmployeeUnassignedFromShiftEvent(ID, shift(1), AIKO, UnassignmentReason.MANAGER, null))
                    .when(assign(1, BEN))
                    .expectEvents(assigned(1, BEN));
        }
    }

    @Nested
    class Publishing {
        @Test
        void publishesTheScheduleAndEachLiveShiftWithItsEmployees() {
            fixture.given(created(), dayShift(2, 2), assigned(2, AIKO), dayShift(1, 1),
                            dayShift(3, 1), new ShiftCancelledEvent(ID, shift(3), null))
                    .when(new PublishScheduleCommand(ID))
                    .expectEvents(new SchedulePublishedEvent(ID, "Osaka", "Floor", FIRST, LAST, 2),
                            new ShiftPublishedEvent(ID, shift(1), "Osaka", TOKYO, at(1, 9), at(1, 17), "Clerk", 1,
                                    List.of()),
                            new ShiftPublishedEvent(ID, shift(2), "Osaka", TOKYO, at(2, 9), at(2, 17), "Clerk", 2,
                                    List.of(AIKO)));
        }

        @Test
        void publishesOnlyOnce() {
            fixture.given(created(), new SchedulePublishedEvent(ID, "Osaka", "Floor", FIRST, LAST, 0))
                    .when(new PublishScheduleCommand(ID))
                    .expectException(refusedWith(WorkforceErrors.SCHEDULE_ALREADY_PUBLISHED)).expectNoEvents();
        }
    }

    @Nested
    class OpenShiftsAndClaims {
        final SchedulePublishedEvent published = new SchedulePublishedEvent(ID, "Osaka", "Floor", FIRST, LAST, 1);

        @Test
        void opensAPublishedShiftWithFreePlaces() {
            fixture.given(created(), dayShift(1, 3), assigned(1, AIKO))
                    .when(new OpenShiftForClaimsCommand(ID, shift(1)))
                    .expectException(refusedWith(WorkforceErrors.SCHEDULE_NOT_PUBLISHED)).expectNoEvents();
            fixture.given(created(), dayShift(1, 3), assigned(1, AIKO), published)
                    .when(new OpenShiftForClaimsCommand(ID, shift(1)))
                    .expectEvents(new ShiftOpenedForClaimsEvent(ID, shift(1), 2));
            fixture.given(created(), dayShift(1, 3), published, new ShiftOpenedForClaimsEvent(ID, shift(1), 3))
                    .when(new OpenShiftForClaimsCommand(ID, shift(1)))
                    .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), published)
                    .when(new OpenShiftForClaimsCommand(ID, shift(1)))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_FULL)).expectNoEvents();
        }

        @Test
        void anEligibleEmployeeClaimsAnOpenShift() {
            fixture.given(created(), dayShift(1, 2), published, new ShiftOpenedForClaimsEvent(ID, shift(1), 2))
                    .when(new ClaimOpenShiftCommand(ID, shift(1), BEN))
                    .expectEvents(new EmployeeAssignedToShiftEvent(ID, shift(1), BEN, at(1, 9), at(1, 17),
                            AssignmentSource.CLAIMED, false));
        }

        @Test
        void claimsAreRefusedOnClosedOrFullShiftsOrOutsideTheEmploymentOrOverTheRules() {
            fixture.given(created(), dayShift(1, 2), published)
                    .when(new ClaimOpenShiftCommand(ID, shift(1), BEN))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_NOT_OPEN)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), published, new ShiftOpenedForClaimsEvent(ID, shift(1), 1),
                            new EmployeeAssignedToShiftEvent(ID, shift(1), AIKO, at(1, 9), at(1, 17),
                                    AssignmentSource.CLAIMED, false))
                    .when(new ClaimOpenShiftCommand(ID, shift(1), BEN))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_FULL)).expectNoEvents();
            fixture.given(created(), dayShift(25, 2), published, new ShiftOpenedForClaimsEvent(ID, shift(25), 2))
                    .when(new ClaimOpenShiftCommand(ID, shift(25), TEMP))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
            // an employee cannot approve their own overtime
            rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 4, OvertimePolicy.REQUIRE_APPROVAL), null, null);
            fixture.given(created(), dayShift(1, 2), published, new ShiftOpenedForClaimsEvent(ID, shift(1), 2))
                    .when(new ClaimOpenShiftCommand(ID, shift(1), BEN))
                    .expectException(refusedWith(WorkforceErrors.OVERTIME_APPROVAL_REQUIRED)).expectNoEvents();
        }
    }

    @Nested
    class Swaps {
        final SwapId swap = new SwapId("swap-1");
        final ShiftSwapRequestedEvent requested = new ShiftSwapRequestedEvent(ID, swap, shift(1), AIKO, BEN);

        @Test
        void anEmployeeOnAShiftAsksToHandItOver() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new RequestShiftSwapCommand(ID, swap, shift(1), AIKO, BEN))
                    .expectEvents(requested);
        }

        @Test
        void requestsAreRefusedForOthersShiftsUnknownOrIneligibleTakersAndRepeats() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new RequestShiftSwapCommand(ID, swap, shift(1), BEN, AIKO))
                    .expectException(refusedWith(WorkforceErrors.NOT_ASSIGNED)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new RequestShiftSwapCommand(ID, swap, shift(1), AIKO, new EmployeeId("nobody")))
                    .expectException(refusedWith(HrErrors.UNKNOWN_EMPLOYEE)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new RequestShiftSwapCommand(ID, swap, shift(1), AIKO, LATE))
                    .expectException(refusedWith(WorkforceErrors.OUTSIDE_EMPLOYMENT)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested)
                    .when(new RequestShiftSwapCommand(ID, new SwapId("swap-2"), shift(1), AIKO, TEMP))
                    .expectException(refusedWith(WorkforceErrors.SWAP_CONFLICT)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO))
                    .when(new RequestShiftSwapCommand(ID, swap, shift(1), AIKO, AIKO))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void anApprovedSwapUnassignsOneAndAssignsTheOther() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested)
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectEvents(new ShiftSwapApprovedEvent(ID, swap, shift(1), AIKO, BEN),
                            new EmployeeUnassignedFromShiftEvent(ID, shift(1), AIKO, UnassignmentReason.SWAP,
                                    "swap swap-1"),
                            new EmployeeAssignedToShiftEvent(ID, shift(1), BEN, at(1, 9), at(1, 17),
                                    AssignmentSource.SWAP, false));
        }

        @Test
        void anApprovalIsCheckedAgainstTheRulesLikeAnAssignment() {
            rules.book = new LabourRuleBook(null, new MinimumRest(1, 11, RuleMode.REFUSE), null);
            ShiftAddedEvent early = new ShiftAddedEvent(ID, new ShiftId("early"), at(2, 1), at(2, 7), "Clerk", 1);
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested, early,
                            new EmployeeAssignedToShiftEvent(ID, new ShiftId("early"), BEN, at(2, 1), at(2, 7),
                                    AssignmentSource.PLANNED, false))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectException(refusedWith(WorkforceErrors.MINIMUM_REST_BREACHED)).expectNoEvents();
        }

        @Test
        void rejectsOnceAndADecidedSwapIsFinal() {
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested)
                    .when(new RejectShiftSwapCommand(ID, swap, "short-staffed"))
                    .expectEvents(new ShiftSwapRejectedEvent(ID, swap, shift(1), "short-staffed"));
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested,
                            new ShiftSwapRejectedEvent(ID, swap, shift(1), null))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectException(refusedWith(WorkforceErrors.SWAP_CONFLICT)).expectNoEvents();
            fixture.given(created(), dayShift(1, 1))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectException(refusedWith(WorkforceErrors.UNKNOWN_SWAP)).expectNoEvents();
            // the employee left the shift meanwhile
            fixture.given(created(), dayShift(1, 1), assigned(1, AIKO), requested,
                            new EmployeeUnassignedFromShiftEvent(ID, shift(1), AIKO, UnassignmentReason.LEAVE, null))
                    .when(new ApproveShiftSwapCommand(ID, swap, false))
                    .expectException(refusedWith(WorkforceErrors.NOT_ASSIGNED)).expectNoEvents();
        }
    }
}
