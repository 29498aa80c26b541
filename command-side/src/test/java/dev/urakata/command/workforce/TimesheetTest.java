package dev.urakata.command.workforce;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ApproveTimesheetCommand;
import dev.urakata.shared.workforce.RejectTimesheetCommand;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.SubmitTimesheetCommand;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetRejectedEvent;
import dev.urakata.shared.workforce.TimesheetSubmittedEvent;
import dev.urakata.shared.workforce.WorkedShift;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of Timesheet: submit from attendance, approve, reject, resubmit, four eyes. */
class TimesheetTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final TimesheetId ID = TimesheetId.of(AIKO, APRIL);
    // Sunday 5 April 2026, 21:00-23:30 UTC: 2.5h worked, 1.5h night, all of it on a Sunday.
    static final WorkedShift SUNDAY = new WorkedShift(new ShiftId("s1"), "UTC", "in-1",
            Instant.parse("2026-04-05T21:00:00Z"), "out-1", Instant.parse("2026-04-05T23:30:00Z"));
    static final WorkedShift MONDAY = new WorkedShift(new ShiftId("s2"), "UTC", "in-2",
            Instant.parse("2026-04-06T09:00:00Z"), "out-2", Instant.parse("2026-04-06T18:00:00Z"));
    static final TimesheetHours HOURS = new TimesheetHours(new BigDecimal("11.50"), new BigDecimal("10.50"),
            new BigDecimal("1.00"), new BigDecimal("1.50"), new BigDecimal("2.50"));

    private final List<WorkedShift> worked = new ArrayList<>();
    private AggregateTestFixture<Timesheet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Timesheet.class);
        fixture.registerInjectableResource((WorkedShifts) (employee, period) ->
                employee.equals(AIKO) && period.equals(APRIL) ? List.copyOf(worked) : List.of());
        fixture.registerInjectableResource(WorkforceTimeSettings.defaults());
    }

    static TimesheetSubmittedEvent submitted() {
        return new TimesheetSubmittedEvent(ID, AIKO, "staff1", APRIL, List.of(SUNDAY, MONDAY), HOURS, "staff1");
    }

    @Test
    void submitsTheShiftsInOrderWithHoursComputedFromAttendance() {
        worked.add(MONDAY);
        worked.add(SUNDAY);
        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(ID, AIKO, "staff1", APRIL, "staff1"))
                .expectEvents(submitted());
    }

    @Test
    void nothingWorkedNothingToSubmit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(ID, AIKO, "staff1", APRIL, "staff1"))
                .expectException(refusedWith(WorkforceErrors.TIMESHEET_EMPTY));
    }

    @Test
    void theIdMustBeTheEmployeesTimesheetForThePeriod() {
        worked.add(MONDAY);
        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(TimesheetId.of(AIKO, APRIL.plusMonths(1)), AIKO, "staff1", APRIL,
                        "staff1"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }

    @Test
    void submittingTwiceIsAConflict() {
        worked.add(MONDAY);
        fixture.given(submitted())
                .when(new SubmitTimesheetCommand(ID, AIKO, "staff1", APRIL, "staff1"))
                .expectException(refusedWith(WorkforceErrors.TIMESHEET_STATUS_CONFLICT));
    }

    @Test
    void approvalCarriesTheHoursTheClockEventsAndTheApprover() {
        fixture.given(submitted())
                .when(new ApproveTimesheetCommand(ID, "manager", "manager"))
                .expectEvents(new TimesheetApprovedEvent(ID, AIKO, APRIL, HOURS,
                        List.of("in-1", "out-1", "in-2", "out-2"), "manager"));
    }

    @Test
    void nobodyApprovesOrRejectsTheirOwnTimesheet() {
        fixture.given(submitted())
                .when(new ApproveTimesheetCommand(ID, "staff1", "staff1"))
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED));
        fixture.given(submitted())
                .when(new RejectTimesheetCommand(ID, "staff1", "staff1", "no"))
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED));
    }

    @Test
    void anApprovedTimesheetIsFinal() {
        TimesheetApprovedEvent approved = new TimesheetApprovedEvent(ID, AIKO, APRIL, HOURS, List.of(), "manager");
        fixture.given(submitted(), approved)
                .when(new ApproveTimesheetCommand(ID, "manager", "manager"))
                .expectException(refusedWith(WorkforceErrors.TIMESHEET_STATUS_CONFLICT));
        fixture.given(submitted(), approved)
                .when(new RejectTimesheetCommand(ID, "manager", "manager", "late"))
                .expectException(refusedWith(WorkforceErrors.TIMESHEET_STATUS_CONFLICT));
        worked.add(MONDAY);
        fixture.given(submitted(), approved)
                .when(new SubmitTimesheetCommand(ID, AIKO, "staff1", APRIL, "staff1"))
                .expectException(refusedWith(WorkforceErrors.TIMESHEET_STATUS_CONFLICT));
    }

    @Test
    void aRejectionNeedsAReasonAndARejectedTimesheetIsSubmittedAgainRecomputed() {
        fixture.given(submitted())
                .when(new RejectTimesheetCommand(ID, "manager", "manager", " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.given(submitted())
                .when(new RejectTimesheetCommand(ID, "manager", "manager", " missing Tuesday "))
                .expectEvents(new TimesheetRejectedEvent(ID, AIKO, APRIL, "manager", "missing Tuesday"));
        worked.add(MONDAY);
        fixture.given(submitted(), new TimesheetRejectedEvent(ID, AIKO, APRIL, "manager", "missing Tuesday"))
                .when(new SubmitTimesheetCommand(ID, AIKO, "staff1", APRIL, "manager"))
                .expectEvents(new TimesheetSubmittedEvent(ID, AIKO, "staff1", APRIL, List.of(MONDAY),
                        new TimesheetHours(new BigDecimal("9.00"), new BigDecimal("8.00"), new BigDecimal("1.00"),
                                new BigDecimal("0.00"), new BigDecimal("0.00")), "manager"));
    }

    @Test
    void approvingAnUnknownTimesheetIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ApproveTimesheetCommand(ID, "manager", "manager"))
                .expectException(AggregateNotFoundException.class);
    }
}
