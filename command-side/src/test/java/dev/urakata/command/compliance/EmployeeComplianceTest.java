package dev.urakata.command.compliance;

import dev.urakata.shared.compliance.AcknowledgePolicyCommand;
import dev.urakata.shared.compliance.AssignTrainingCommand;
import dev.urakata.shared.compliance.CompleteTrainingCommand;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.PolicyAcknowledgedEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementOverdueEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementRequestedEvent;
import dev.urakata.shared.compliance.RequestPolicyAcknowledgementCommand;
import dev.urakata.shared.compliance.TrainingAssignedEvent;
import dev.urakata.shared.compliance.TrainingCompletedEvent;
import dev.urakata.shared.compliance.TrainingOverdueEvent;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Trainings and policy acknowledgements of one employee, with their overdue deadlines firing and cancelled. */
class EmployeeComplianceTest {

    static final EmployeeId AIKO = new EmployeeId("e-1");
    static final LocalDate DUE = LocalDate.of(2031, 5, 31);
    static final LocalDate LATER = LocalDate.of(2031, 6, 30);
    static final AssignTrainingCommand ASSIGN = new AssignTrainingCommand(AIKO, "CODE_OF_CONDUCT", DUE);
    static final TrainingAssignedEvent ASSIGNED = new TrainingAssignedEvent(AIKO, "CODE_OF_CONDUCT", DUE);
    static final RequestPolicyAcknowledgementCommand REQUEST = new RequestPolicyAcknowledgementCommand(AIKO,
            "PRIVACY", 2, DUE);
    static final PolicyAcknowledgementRequestedEvent REQUESTED = new PolicyAcknowledgementRequestedEvent(AIKO,
            "PRIVACY", 2, DUE);

    private AggregateTestFixture<EmployeeCompliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeCompliance.class);
    }

    /** The end of {@code day}, UTC. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Nested
    class Trainings {

        @Test
        void assigningCreatesTheRecordAndSchedulesTheOverdueDeadline() {
            fixture.givenNoPriorActivity().when(ASSIGN).expectEvents(ASSIGNED)
                    .expectScheduledDeadlineWithName(endOf(DUE), EmployeeCompliance.TRAINING_DUE);
        }

        @Test
        void assigningAnOpenTrainingAgainRecordsNothing() {
            fixture.given(ASSIGNED).when(new AssignTrainingCommand(AIKO, "CODE_OF_CONDUCT", LATER))
                    .expectSuccessfulHandlerExecution().expectNoEvents().expectNoScheduledDeadlines();
        }

        @Test
        void aCompletedTrainingMayBeAssignedAgain() {
            fixture.given(ASSIGNED, new TrainingCompletedEvent(AIKO, "CODE_OF_CONDUCT", DUE))
                    .when(new AssignTrainingCommand(AIKO, "CODE_OF_CONDUCT", LATER))
                    .expectEvents(new TrainingAssignedEvent(AIKO, "CODE_OF_CONDUCT", LATER));
        }

        @Test
        void aLowerCaseCodeOrMissingDueDateIsRefused() {
            fixture.givenNoPriorActivity().when(new AssignTrainingCommand(AIKO, "code", DUE))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new AssignTrainingCommand(AIKO, "CODE", null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void completingRecordsTheDay() {
            fixture.given(ASSIGNED).when(new CompleteTrainingCommand(AIKO, "CODE_OF_CONDUCT", DUE.minusDays(3)))
                    .expectEvents(new TrainingCompletedEvent(AIKO, "CODE_OF_CONDUCT", DUE.minusDays(3)));
        }

        @Test
        void completingAnUnassignedOrCompletedTrainingIsRefused() {
            fixture.given(ASSIGNED).when(new CompleteTrainingCommand(AIKO, "FIRE_SAFETY", DUE))
                    .expectException(refusedWith(ComplianceErrors.UNKNOWN_COMPLIANCE_ITEM)).expectNoEvents();
            fixture.given(ASSIGNED, new TrainingCompletedEvent(AIKO, "CODE_OF_CONDUCT", DUE))
                    .when(new CompleteTrainingCommand(AIKO, "CODE_OF_CONDUCT", DUE))
                    .expectException(refusedWith(ComplianceErrors.ALREADY_COMPLETED)).expectNoEvents();
        }

        @Test
        void anOverdueTrainingMayStillBeCompleted() {
            fixture.given(ASSIGNED, new TrainingOverdueEvent(AIKO, "CODE_OF_CONDUCT", DUE))
                    .when(new CompleteTrainingCommand(AIKO, "CODE_OF_CONDUCT", LATER))
                    .expectEvents(new TrainingCompletedEvent(AIKO, "CODE_OF_CONDUCT", LATER));
        }

        @Test
        void aTrainingNotCompletedByTheEndOfItsDueDateIsOverdue() {
            fixture.givenCommands(ASSIGN)
                    .whenThenTimeAdvancesTo(endOf(DUE).plusSeconds(1))
                    .expectEvents(new TrainingOverdueEvent(AIKO, "CODE_OF_CONDUCT", DUE))
                    .expectTriggeredDeadlinesWithName(EmployeeCompliance.TRAINING_DUE);
        }

        @Test
        void completingCancelsItsDeadlineAndKeepsTheOthers() {
            fixture.givenCommands(ASSIGN, new AssignTrainingCommand(AIKO, "FIRE_SAFETY", LATER))
                    .when(new CompleteTrainingCommand(AIKO, "CODE_OF_CONDUCT", DUE))
                    .expectEvents(new TrainingCompletedEvent(AIKO, "CODE_OF_CONDUCT", DUE))
                    .expectNoScheduledDeadlineWithName(endOf(DUE), EmployeeCompliance.TRAINING_DUE)
                    .expectScheduledDeadlineWithName(endOf(LATER), EmployeeCompliance.TRAINING_DUE);
        }

        @Test
        void aCompletedTrainingIsNeverOverdue() {
            fixture.givenCommands(ASSIGN, new AssignTrainingCommand(AIKO, "FIRE_SAFETY", LATER),
                            new CompleteTrainingCommand(AIKO, "CODE_OF_CONDUCT", DUE))
                    .whenThenTimeAdvancesTo(endOf(LATER).plusSeconds(1))
                    .expectEvents(new TrainingOverdueEvent(AIKO, "FIRE_SAFETY", LATER));
        }
    }

    @Nested
    class Acknowledgements {

        @Test
        void requestingCreatesTheRecordAndSchedulesTheOverdueDeadline() {
            fixture.givenNoPriorActivity().when(REQUEST).expectEvents(REQUESTED)
                    .expectScheduledDeadlineWithName(endOf(DUE), EmployeeCompliance.ACKNOWLEDGEMENT_DUE);
        }

        @Test
        void requestingTheSameVersionAgainRecordsNothing() {
            fixture.given(REQUESTED).when(REQUEST).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aNewVersionIsANewRequest() {
            fixture.given(REQUESTED).when(new RequestPolicyAcknowledgementCommand(AIKO, "PRIVACY", 3, LATER))
                    .expectEvents(new PolicyAcknowledgementRequestedEvent(AIKO, "PRIVACY", 3, LATER));
        }

        @Test
        void versionZeroIsRefused() {
            fixture.givenNoPriorActivity().when(new RequestPolicyAcknowledgementCommand(AIKO, "PRIVACY", 0, DUE))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void acknowledgingRecordsTheDay() {
            fixture.given(REQUESTED).when(new AcknowledgePolicyCommand(AIKO, "PRIVACY", 2, DUE))
                    .expectEvents(new PolicyAcknowledgedEvent(AIKO, "PRIVACY", 2, DUE));
        }

        @Test
        void acknowledgingWhatWasNotRequestedOrTwiceIsRefused() {
            fixture.given(REQUESTED).when(new AcknowledgePolicyCommand(AIKO, "PRIVACY", 1, DUE))
                    .expectException(refusedWith(ComplianceErrors.UNKNOWN_COMPLIANCE_ITEM)).expectNoEvents();
            fixture.given(REQUESTED, new PolicyAcknowledgedEvent(AIKO, "PRIVACY", 2, DUE))
                    .when(new AcknowledgePolicyCommand(AIKO, "PRIVACY", 2, DUE))
                    .expectException(refusedWith(ComplianceErrors.ALREADY_COMPLETED)).expectNoEvents();
        }

        @Test
        void anAcknowledgementNotGivenByTheEndOfItsDueDateIsOverdue() {
            fixture.givenCommands(REQUEST)
                    .whenThenTimeAdvancesTo(endOf(DUE).plusSeconds(1))
                    .expectEvents(new PolicyAcknowledgementOverdueEvent(AIKO, "PRIVACY", 2, DUE))
                    .expectTriggeredDeadlinesWithName(EmployeeCompliance.ACKNOWLEDGEMENT_DUE);
        }

        @Test
        void acknowledgingCancelsItsDeadline() {
            fixture.givenCommands(REQUEST)
                    .when(new AcknowledgePolicyCommand(AIKO, "PRIVACY", 2, DUE))
                    .expectEvents(new PolicyAcknowledgedEvent(AIKO, "PRIVACY", 2, DUE))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void anAcknowledgedPolicyIsNeverOverdue() {
            fixture.givenCommands(REQUEST, new AcknowledgePolicyCommand(AIKO, "PRIVACY", 2, DUE))
                    .whenThenTimeAdvancesTo(endOf(LATER))
                    .expectNoEvents();
        }
    }
}
