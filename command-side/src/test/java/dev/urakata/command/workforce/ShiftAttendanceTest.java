package dev.urakata.command.workforce;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AddEmployeeToShiftRosterCommand;
import dev.urakata.shared.workforce.CancelShiftAttendanceCommand;
import dev.urakata.shared.workforce.ClockInCommand;
import dev.urakata.shared.workforce.ClockOutCommand;
import dev.urakata.shared.workforce.EmployeeAddedToShiftRosterEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeRemovedFromShiftRosterEvent;
import dev.urakata.shared.workforce.OpenShiftAttendanceCommand;
import dev.urakata.shared.workforce.RemoveEmployeeFromShiftRosterCommand;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceCancelledEvent;
import dev.urakata.shared.workforce.ShiftAttendanceCompletedEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftMissedEvent;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path and the missed-shift deadline of ShiftAttendance. */
class ShiftAttendanceTest {

    static final ShiftId SHIFT = new ShiftId("shift-1");
    static final ScheduleId SCHEDULE = new ScheduleId("sched-1");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final EmployeeId SORA = new EmployeeId("sora");
    // 09:00-17:00 in Tokyo (UTC+9) is 00:00-08:00 UTC.
    static final LocalDateTime START = LocalDateTime.of(2026, 4, 6, 9, 0);
    static final LocalDateTime END = LocalDateTime.of(2026, 4, 6, 17, 0);
    static final Instant STARTS_AT = Instant.parse("2026-04-06T00:00:00Z");
    static final Instant ENDS_AT = Instant.parse("2026-04-06T08:00:00Z");
    static final Instant MISSED_AFTER = Instant.parse("2026-04-06T00:15:00Z");

    private AggregateTestFixture<ShiftAttendance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ShiftAttendance.class);
    }

    static OpenShiftAttendanceCommand open() {
        return new OpenShiftAttendanceCommand(SHIFT, SCHEDULE, "Asia/Tokyo", START, END, List.of(AIKO, KEN), 15);
    }

    static ShiftAttendanceOpenedEvent opened() {
        return new ShiftAttendanceOpenedEvent(SHIFT, SCHEDULE, "Asia/Tokyo", START, END, STARTS_AT, ENDS_AT,
                MISSED_AFTER, List.of(AIKO, KEN));
    }

    static EmployeeClockedInEvent aikoIn() {
        return new EmployeeClockedInEvent(SHIFT, AIKO, Instant.parse("2026-04-06T00:07:30Z"), 7, "staff1", null);
    }

    @Nested
    class Opening {
        @Test
        void opensWithInstantsFromTheLocalTimesAndSchedulesTheMissedDeadlineAtStartPlusGrace() {
            fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                    .when(open())
                    .expectEvents(opened())
                    .expectScheduledDeadlineWithName(MISSED_AFTER, ShiftAttendance.MISSED_DEADLINE);
        }

        @Test
        void aSecondOpeningChangesNothing() {
            fixture.given(opened()).when(open()).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void refusesAnUnknownTimeZoneAndAShiftEndingBeforeItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new OpenShiftAttendanceCommand(SHIFT, SCHEDULE, "Mars/Olympus", START, END, List.of(), 15))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
            fixture.givenNoPriorActivity()
                    .when(new OpenShiftAttendanceCommand(SHIFT, SCHEDULE, "UTC", END, START, List.of(), 15))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        }
    }

    @Nested
    class MissedDeadline {
        @Test
        void firesWhenNobodyClockedInByStartPlusGrace() {
            fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                    .andGivenCommands(open())
                    .whenTimeAdvancesTo(MISSED_AFTER)
                    .expectTriggeredDeadlinesWithName(ShiftAttendance.MISSED_DEADLINE)
                    .expectEvents(new ShiftMissedEvent(SHIFT, MISSED_AFTER, List.of(AIKO, KEN)));
        }

        @Test
        void doesNotFireBeforeTheGraceRunsOut() {
            fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                    .andGivenCommands(open())
                    .whenTimeAdvancesTo(MISSED_AFTER.minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void appendsNothingWhenSomebodyClockedIn() {
            fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                    .andGivenCommands(open(), new ClockInCommand(SHIFT, AIKO, Instant.parse("2026-04-06T00:07:30Z"),
                            "staff1", null))
                    .whenTimeAdvancesTo(MISSED_AFTER.plusSeconds(60))
                    .expectTriggeredDeadlinesWithName(ShiftAttendance.MISSED_DEADLINE)
                    .expectNoEvents();
        }

        @Test
        void isCancelledWithTheShift() {
            fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                    .andGivenCommands(open())
                    .when(new CancelShiftAttendanceCommand(SHIFT, "store closed"))
                    .expectEvents(new ShiftAttendanceCancelledEvent(SHIFT, "store closed"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aClockInAfterTheShiftWasMissedIsRefused() {
            fixture.given(opened(), new ShiftMissedEvent(SHIFT, MISSED_AFTER, List.of(AIKO, KEN)))
                    .when(new ClockInCommand(SHIFT, AIKO, MISSED_AFTER.plusSeconds(60), "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING))
                    .expectNoEvents();
        }
    }

    @Nested
    class Clocking {
        @Test
        void clockInRecordsWholeLateMinutes() {
            fixture.given(opened())
                    .when(new ClockInCommand(SHIFT, AIKO, Instant.parse("2026-04-06T00:07:30Z"), "staff1", null))
                    .expectEvents(aikoIn());
        }

        @Test
        void anEarlyClockInIsNotLate() {
            fixture.given(opened())
                    .when(new ClockInCommand(SHIFT, AIKO, Instant.parse("2026-04-05T23:50:00Z"), "manager",
                            "badge reader down"))
                    .expectEvents(new EmployeeClockedInEvent(SHIFT, AIKO, Instant.parse("2026-04-05T23:50:00Z"), 0,
                            "manager", "badge reader down"));
        }

        @Test
        void clockingInTwiceIsAConflict() {
            fixture.given(opened(), aikoIn())
                    .when(new ClockInCommand(SHIFT, AIKO, Instant.parse("2026-04-06T00:09:00Z"), "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.ALREADY_CLOCKED_IN))
                    .expectNoEvents();
        }

        @Test
        void somebodyNotOnTheRosterCannotClockIn() {
            fixture.given(opened())
                    .when(new ClockInCommand(SHIFT, SORA, STARTS_AT, "staff2", null))
                    .expectException(refusedWith(WorkforceErrors.NOT_ON_SHIFT_ROSTER));
        }

        @Test
        void aClockInAtOrAfterTheEndIsRefused() {
            fixture.given(opened())
                    .when(new ClockInCommand(SHIFT, AIKO, ENDS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.CLOCK_TIME_OUT_OF_RANGE));
        }

        @Test
        void clockingOutBeforeClockingInIsAConflict() {
            fixture.given(opened())
                    .when(new ClockOutCommand(SHIFT, AIKO, ENDS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.NOT_CLOCKED_IN));
        }

        @Test
        void aClockOutTimeBeforeTheClockInIsRefused() {
            fixture.given(opened(), aikoIn())
                    .when(new ClockOutCommand(SHIFT, AIKO, Instant.parse("2026-04-06T00:05:00Z"), "manager", "typo"))
                    .expectException(refusedWith(WorkforceErrors.CLOCK_TIME_OUT_OF_RANGE));
        }

        @Test
        void clockOutRecordsEarlyDepartureAndTheLastOneOutCompletesTheShiftListingTheAbsent() {
            fixture.given(opened(), aikoIn())
                    .when(new ClockOutCommand(SHIFT, AIKO, Instant.parse("2026-04-06T07:20:59Z"), "staff1", null))
                    .expectEvents(new EmployeeClockedOutEvent(SHIFT, AIKO, Instant.parse("2026-04-06T07:20:59Z"), 39,
                                    "staff1", null),
                            new ShiftAttendanceCompletedEvent(SHIFT, List.of(KEN)));
        }

        @Test
        void theShiftStaysActiveWhileSomebodyIsStillOnTheClock() {
            EmployeeClockedInEvent kenIn = new EmployeeClockedInEvent(SHIFT, KEN, STARTS_AT, 0, "staff2", null);
            fixture.given(opened(), aikoIn(), kenIn)
                    .when(new ClockOutCommand(SHIFT, AIKO, ENDS_AT.plusSeconds(600), "staff1", null))
                    .expectEvents(new EmployeeClockedOutEvent(SHIFT, AIKO, ENDS_AT.plusSeconds(600), 0, "staff1",
                            null));
        }

        @Test
        void clockingOutTwiceIsAConflictAndACompletedShiftTakesNoClockIn() {
            EmployeeClockedOutEvent aikoOut = new EmployeeClockedOutEvent(SHIFT, AIKO, ENDS_AT, 0, "staff1", null);
            fixture.given(opened(), aikoIn(), aikoOut, new ShiftAttendanceCompletedEvent(SHIFT, List.of(KEN)))
                    .when(new ClockOutCommand(SHIFT, AIKO, ENDS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.ALREADY_CLOCKED_OUT));
            fixture.given(opened(), aikoIn(), aikoOut, new ShiftAttendanceCompletedEvent(SHIFT, List.of(KEN)))
                    .when(new ClockInCommand(SHIFT, KEN, ENDS_AT.minusSeconds(60), "staff2", null))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING));
        }

        @Test
        void aCancelledShiftTakesNoClockInButWhoeverIsOnTheClockMayClockOut() {
            ShiftAttendanceCancelledEvent cancelled = new ShiftAttendanceCancelledEvent(SHIFT, "storm");
            fixture.given(opened(), cancelled)
                    .when(new ClockInCommand(SHIFT, AIKO, STARTS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING));
            fixture.given(opened(), cancelled)
                    .when(new ClockOutCommand(SHIFT, AIKO, STARTS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING));
            fixture.given(opened(), aikoIn(), cancelled)
                    .when(new ClockOutCommand(SHIFT, AIKO, Instant.parse("2026-04-06T02:00:00Z"), "staff1", null))
                    .expectEvents(new EmployeeClockedOutEvent(SHIFT, AIKO, Instant.parse("2026-04-06T02:00:00Z"),
                            360, "staff1", null));
        }

        @Test
        void anUnknownShiftIsNotFound() {
            fixture.givenNoPriorActivity()
                    .when(new ClockInCommand(SHIFT, AIKO, STARTS_AT, "staff1", null))
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }
    }

    @Nested
    class Roster {
        @Test
        void addsAndRemovesOnceEach() {
            fixture.given(opened())
                    .when(new AddEmployeeToShiftRosterCommand(SHIFT, SORA))
                    .expectEvents(new EmployeeAddedToShiftRosterEvent(SHIFT, SORA));
            fixture.given(opened())
                    .when(new AddEmployeeToShiftRosterCommand(SHIFT, AIKO))
                    .expectNoEvents();
            fixture.given(opened())
                    .when(new RemoveEmployeeFromShiftRosterCommand(SHIFT, AIKO))
                    .expectEvents(new EmployeeRemovedFromShiftRosterEvent(SHIFT, AIKO));
            fixture.given(opened())
                    .when(new RemoveEmployeeFromShiftRosterCommand(SHIFT, SORA))
                    .expectNoEvents();
        }

        @Test
        void aRemovedEmployeeCanNoLongerClockIn() {
            fixture.given(opened(), new EmployeeRemovedFromShiftRosterEvent(SHIFT, AIKO))
                    .when(new ClockInCommand(SHIFT, AIKO, STARTS_AT, "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.NOT_ON_SHIFT_ROSTER));
        }

        @Test
        void anAddedEmployeeCanClockIn() {
            fixture.given(opened(), new EmployeeAddedToShiftRosterEvent(SHIFT, SORA))
                    .when(new ClockInCommand(SHIFT, SORA, STARTS_AT.plus(Duration.ofMinutes(1)), "staff2", null))
                    .expectEvents(new EmployeeClockedInEvent(SHIFT, SORA, STARTS_AT.plus(Duration.ofMinutes(1)), 1,
                            "staff2", null));
        }
    }
}
