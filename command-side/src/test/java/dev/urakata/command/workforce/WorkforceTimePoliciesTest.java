package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.workforce.AddEmployeeToShiftRosterCommand;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.CancelShiftAttendanceCommand;
import dev.urakata.shared.workforce.CloseLeaveAccountCommand;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.LeaveType;
import dev.urakata.shared.workforce.OpenLeaveAccountCommand;
import dev.urakata.shared.workforce.OpenShiftAttendanceCommand;
import dev.urakata.shared.workforce.RemoveEmployeeFromShiftRosterCommand;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The workforce time policies, by the commands they send for the events they see. */
class WorkforceTimePoliciesTest {

    static final ScheduleId SCHEDULE = new ScheduleId("sched-1");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final ShiftId MAY_4 = new ShiftId("may-4");
    static final ShiftId MAY_6_NIGHT = new ShiftId("may-6-night");
    static final ShiftId MAY_12 = new ShiftId("may-12");

    private final CommandGateway gateway = mock(CommandGateway.class);
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    static ShiftPublishedEvent published(ShiftId shift, LocalDateTime start, LocalDateTime end,
                                         List<EmployeeId> assigned) {
        return new ShiftPublishedEvent(SCHEDULE, shift, "Tokyo store", "Asia/Tokyo", start, end, "Cashier", 2,
                assigned);
    }

    @Test
    void aPublishedShiftOpensAttendanceWithItsRosterAndTheConfiguredGrace() {
        ShiftAttendancePolicy policy = new ShiftAttendancePolicy(gateway, new WorkforceTimeSettings(10,
                BigDecimal.TEN, WorkforceTimeSettings.OverBalance.REFUSE, List.of(), java.time.ZoneId.of("UTC")));
        LocalDateTime start = LocalDateTime.of(2026, 5, 4, 9, 0);
        policy.on(published(MAY_4, start, start.plusHours(8), List.of(AIKO)));
        verify(gateway).sendAndWait(new OpenShiftAttendanceCommand(MAY_4, SCHEDULE, "Asia/Tokyo", start,
                start.plusHours(8), List.of(AIKO), 10));
    }

    @Test
    void rosterChangesAndCancellationFollowThePublishedShift() {
        ShiftAttendancePolicy policy = new ShiftAttendancePolicy(gateway, WorkforceTimeSettings.defaults());
        LocalDateTime start = LocalDateTime.of(2026, 5, 4, 9, 0);
        policy.on(new EmployeeAssignedToShiftEvent(SCHEDULE, MAY_4, KEN, start, start.plusHours(8),
                AssignmentSource.CLAIMED, false));
        policy.on(new EmployeeUnassignedFromShiftEvent(SCHEDULE, MAY_4, AIKO, UnassignmentReason.MANAGER, null));
        policy.on(new ShiftCancelledEvent(SCHEDULE, MAY_4, "store closed"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(3)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).containsExactly(new AddEmployeeToShiftRosterCommand(MAY_4, KEN),
                new RemoveEmployeeFromShiftRosterCommand(MAY_4, AIKO),
                new CancelShiftAttendanceCommand(MAY_4, "store closed"));
    }

    @Test
    void anAssignmentToAnUnpublishedShiftIsSkippedButOtherFailuresAreNot() {
        ShiftAttendancePolicy policy = new ShiftAttendancePolicy(gateway, WorkforceTimeSettings.defaults());
        LocalDateTime start = LocalDateTime.of(2026, 5, 4, 9, 0);
        EmployeeAssignedToShiftEvent draft = new EmployeeAssignedToShiftEvent(SCHEDULE, MAY_4, KEN, start,
                start.plusHours(8), AssignmentSource.PLANNED, false);
        // What the command bus answers for an attendance that does not exist (see DomainExceptionTranslating...).
        doThrow(new CommandExecutionException("not found", null, ErrorDetails.of(CommonErrors.NOT_FOUND, "nf")))
                .when(gateway).sendAndWait(any());
        policy.on(draft);

        doThrow(new IllegalStateException("event store down")).when(gateway).sendAndWait(any());
        assertThatThrownBy(() -> policy.on(draft)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHireOpensALeaveAccountWithTheQuotaAndATerminationClosesIt() {
        LeaveAccountPolicy policy = new LeaveAccountPolicy(gateway, WorkforceTimeSettings.defaults());
        LocalDate hired = LocalDate.of(2026, 4, 1);
        java.time.Instant recorded = java.time.Instant.parse("2026-04-03T01:00:00Z");
        policy.on(new EmployeeHiredEvent(AIKO, "staff1", "Aiko", "Tanaka", "a@example.com", "Ops", "Clerk",
                EmploymentType.PERMANENT, null, hired, Money.of("350000", "JPY")), recorded);
        policy.on(new EmployeeTerminatedEvent(AIKO, TerminationReason.RESIGNATION, LocalDate.of(2026, 9, 30), null));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).containsExactly(
                new OpenLeaveAccountCommand(LeaveAccountId.of(AIKO), AIKO, "staff1", hired, new BigDecimal("20"),
                        recorded),
                new CloseLeaveAccountCommand(LeaveAccountId.of(AIKO), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void approvedLeaveTakesTheEmployeeOffEveryShiftItOverlapsAndNoOther() {
        ShiftAssignmentsView view = new ShiftAssignmentsView(mongo.template());
        view.on(published(MAY_4, LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 17, 0),
                List.of(AIKO, KEN)));
        // A night shift from the 6th into the 7th overlaps leave that starts on the 7th.
        view.on(new EmployeeAssignedToShiftEvent(SCHEDULE, MAY_6_NIGHT, AIKO, LocalDateTime.of(2026, 5, 6, 22, 0),
                LocalDateTime.of(2026, 5, 7, 6, 0), AssignmentSource.PLANNED, false));
        view.on(new EmployeeAssignedToShiftEvent(SCHEDULE, MAY_12, AIKO, LocalDateTime.of(2026, 5, 12, 9, 0),
                LocalDateTime.of(2026, 5, 12, 17, 0), AssignmentSource.PLANNED, false));
        ShiftId cancelled = new ShiftId("cancelled");
        view.on(published(cancelled, LocalDateTime.of(2026, 5, 8, 9, 0), LocalDateTime.of(2026, 5, 8, 17, 0),
                List.of(AIKO)));
        view.on(new ShiftCancelledEvent(SCHEDULE, cancelled, "closed"));
        ShiftId swapped = new ShiftId("swapped");
        view.on(published(swapped, LocalDateTime.of(2026, 5, 9, 9, 0), LocalDateTime.of(2026, 5, 9, 17, 0),
                List.of(AIKO)));
        view.on(new EmployeeUnassignedFromShiftEvent(SCHEDULE, swapped, AIKO, UnassignmentReason.SWAP, null));

        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));
        LeaveRequestId request = new LeaveRequestId("req-1");
        new LeaveShiftReleasePolicy(gateway, view).on(new LeaveApprovedEvent(LeaveAccountId.of(AIKO), AIKO, request,
                LeaveType.VACATION, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), new BigDecimal("6.00"),
                new BigDecimal("5.67"), false, "manager"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).containsExactlyInAnyOrder(
                new UnassignEmployeeFromShiftCommand(SCHEDULE, MAY_4, AIKO, UnassignmentReason.LEAVE,
                        "leave request req-1"),
                new UnassignEmployeeFromShiftCommand(SCHEDULE, MAY_6_NIGHT, AIKO, UnassignmentReason.LEAVE,
                        "leave request req-1"));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void aRefusalByTheScheduleDoesNotFailTheApproval() {
        ShiftAssignmentsView view = new ShiftAssignmentsView(mongo.template());
        view.on(published(MAY_4, LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 17, 0),
                List.of(AIKO)));
        when(gateway.send(any())).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("not on it")));
        new LeaveShiftReleasePolicy(gateway, view).on(new LeaveApprovedEvent(LeaveAccountId.of(AIKO), AIKO,
                new LeaveRequestId("r"), LeaveType.SICK, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4),
                BigDecimal.ZERO, BigDecimal.ZERO, false, "hr"));
        verify(gateway).send(any());
    }

    @Test
    void approvedHoursReachTheMonthsRegularPayrollRunWhenItOpensOrAtOnceIfItIsOpen() {
        TimesheetHoursToPayrollPolicy policy = new TimesheetHoursToPayrollPolicy(gateway, mongo.template());
        java.time.YearMonth april = java.time.YearMonth.of(2026, 4);
        dev.urakata.shared.workforce.TimesheetHours hours = new dev.urakata.shared.workforce.TimesheetHours(
                new BigDecimal("50.00"), new BigDecimal("45.50"), new BigDecimal("4.50"), new BigDecimal("2.00"),
                new BigDecimal("8.00"));
        dev.urakata.shared.workforce.TimesheetId aikoSheet = dev.urakata.shared.workforce.TimesheetId.of(AIKO, april);
        dev.urakata.shared.workforce.TimesheetId kenSheet = dev.urakata.shared.workforce.TimesheetId.of(KEN, april);
        dev.urakata.shared.payroll.PayrollRunId run = new dev.urakata.shared.payroll.PayrollRunId("run-april");

        policy.on(new dev.urakata.shared.workforce.TimesheetApprovedEvent(aikoSheet, AIKO, april, hours,
                List.of("in", "out"), "manager"));
        verify(gateway, never()).sendAndWait(any()); // no run for April yet: the hours wait
        policy.on(new dev.urakata.shared.payroll.PayrollRunOpenedEvent(new dev.urakata.shared.payroll.PayrollRunId(
                "correction"), new dev.urakata.shared.payroll.PayPolicyId("sample"), april, run));
        verify(gateway, never()).sendAndWait(any()); // a correction run is not where timesheet hours go
        policy.on(new dev.urakata.shared.payroll.PayrollRunOpenedEvent(run,
                new dev.urakata.shared.payroll.PayPolicyId("sample"), april, null));
        policy.on(new dev.urakata.shared.workforce.TimesheetApprovedEvent(kenSheet, KEN, april, hours, List.of(),
                "manager"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).containsExactly(
                new dev.urakata.shared.payroll.RecordApprovedHoursCommand(run, aikoSheet.value(), AIKO,
                        new BigDecimal("4.50"), new BigDecimal("2.00"), new BigDecimal("8.00"),
                        "timesheet " + aikoSheet + " approved by manager"),
                new dev.urakata.shared.payroll.RecordApprovedHoursCommand(run, kenSheet.value(), KEN,
                        new BigDecimal("4.50"), new BigDecimal("2.00"), new BigDecimal("8.00"),
                        "timesheet " + kenSheet + " approved by manager"));
    }
}
