package dev.urakata.command.processes;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.processes.CancelEmployeeProcessCommand;
import dev.urakata.shared.processes.CompleteProcessStepCommand;
import dev.urakata.shared.processes.EmployeeProcessCancelledEvent;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EmployeeProcessStartedEvent;
import dev.urakata.shared.processes.EscalateProcessStepCommand;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.ProcessStepCompletedEvent;
import dev.urakata.shared.processes.ProcessStepEscalatedEvent;
import dev.urakata.shared.processes.StartEmployeeProcessCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.urakata.shared.processes.ProcessKind.OFFBOARDING;
import static dev.urakata.shared.processes.ProcessStep.ACCOUNTS_REVOKED;
import static dev.urakata.shared.processes.ProcessStep.ASSETS_RETURNED;
import static dev.urakata.shared.processes.ProcessStep.FINAL_PAY;

/** The record of an onboarding or offboarding: steps done once, escalations once, completion with the last step. */
class EmployeeProcessTest {

    static final EmployeeId ID = new EmployeeId("emp-9");
    static final LocalDate LAST_DAY = LocalDate.parse("2026-06-30");

    private AggregateTestFixture<EmployeeProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeProcess.class);
    }

    static EmployeeProcessStartedEvent started() {
        return new EmployeeProcessStartedEvent(OFFBOARDING, ID, null, LAST_DAY,
                List.of(ACCOUNTS_REVOKED, ASSETS_RETURNED, FINAL_PAY));
    }

    static ProcessStepCompletedEvent done(ProcessStep step) {
        return new ProcessStepCompletedEvent(OFFBOARDING, ID, step, "ok");
    }

    @Test
    void startingListsTheStepsOfItsKind() {
        fixture.givenNoPriorActivity()
                .when(new StartEmployeeProcessCommand(OFFBOARDING, ID, null, LAST_DAY))
                .expectEvents(started());
    }

    @Test
    void startingTwiceRecordsNothing() {
        fixture.given(started())
                .when(new StartEmployeeProcessCommand(OFFBOARDING, ID, null, LAST_DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aStepIsDoneOnce() {
        fixture.given(started(), done(ACCOUNTS_REVOKED))
                .when(new CompleteProcessStepCommand(OFFBOARDING, ID, ACCOUNTS_REVOKED, "again"))
                .expectNoEvents();
    }

    @Test
    void theLastStepCompletesTheProcess() {
        fixture.given(started(), done(ACCOUNTS_REVOKED), done(ASSETS_RETURNED))
                .when(new CompleteProcessStepCommand(OFFBOARDING, ID, FINAL_PAY, "ok"))
                .expectEvents(done(FINAL_PAY), new EmployeeProcessCompletedEvent(OFFBOARDING, ID));
    }

    @Test
    void aLateStepIsEscalatedOnceAndADoneStepNotAtAll() {
        ProcessStepEscalatedEvent escalated = new ProcessStepEscalatedEvent(OFFBOARDING, ID, ASSETS_RETURNED,
                "Not returned: laptop-1");
        fixture.given(started())
                .when(new EscalateProcessStepCommand(OFFBOARDING, ID, ASSETS_RETURNED, "Not returned: laptop-1"))
                .expectEvents(escalated);
        fixture.given(started(), escalated)
                .when(new EscalateProcessStepCommand(OFFBOARDING, ID, ASSETS_RETURNED, "still not"))
                .expectNoEvents();
        fixture.given(started(), done(FINAL_PAY))
                .when(new EscalateProcessStepCommand(OFFBOARDING, ID, FINAL_PAY, "late"))
                .expectNoEvents();
    }

    @Test
    void aStepOfTheOtherProcessIsRefused() {
        fixture.given(started())
                .when(new CompleteProcessStepCommand(OFFBOARDING, ID, ProcessStep.LAPTOP_ASSIGNED, "wrong"))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void anEmploymentEndingFirstCancelsTheProcessWithItsOpenSteps() {
        fixture.given(started(), done(ASSETS_RETURNED))
                .when(new CancelEmployeeProcessCommand(OFFBOARDING, ID, "ended"))
                .expectEvents(new EmployeeProcessCancelledEvent(OFFBOARDING, ID, List.of(ACCOUNTS_REVOKED, FINAL_PAY),
                        "ended"));
    }

    @Test
    void aCompletedOrCancelledProcessIsNotCancelledAgain() {
        fixture.given(started(), done(ACCOUNTS_REVOKED), done(ASSETS_RETURNED), done(FINAL_PAY),
                        new EmployeeProcessCompletedEvent(OFFBOARDING, ID))
                .when(new CancelEmployeeProcessCommand(OFFBOARDING, ID, "ended"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        EmployeeProcessCancelledEvent cancelled = new EmployeeProcessCancelledEvent(OFFBOARDING, ID,
                List.of(ACCOUNTS_REVOKED, ASSETS_RETURNED, FINAL_PAY), "ended");
        fixture.given(started(), cancelled)
                .when(new CancelEmployeeProcessCommand(OFFBOARDING, ID, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCancelledProcessRecordsNoMoreStepsOrEscalations() {
        EmployeeProcessCancelledEvent cancelled = new EmployeeProcessCancelledEvent(OFFBOARDING, ID,
                List.of(ACCOUNTS_REVOKED, ASSETS_RETURNED, FINAL_PAY), "ended");
        fixture.given(started(), cancelled)
                .when(new CompleteProcessStepCommand(OFFBOARDING, ID, FINAL_PAY, "late news"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(started(), cancelled)
                .when(new EscalateProcessStepCommand(OFFBOARDING, ID, FINAL_PAY, "late"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancellingAProcessThatNeverStartedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CancelEmployeeProcessCommand(OFFBOARDING, ID, "ended"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aProcessIdNamesItsKindAndEmployee() {
        org.assertj.core.api.Assertions.assertThat(ProcessKind.ONBOARDING.processIdOf("emp-9"))
                .isEqualTo("onboarding-emp-9");
    }
}
