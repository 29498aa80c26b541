package dev.urakata.command.processes;

import dev.urakata.shared.compliance.AssignTrainingCommand;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.ProvisionSystemAccountCommand;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.DraftContractCommand;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.EnrolInPayrollCommand;
import dev.urakata.shared.processes.CancelEmployeeProcessCommand;
import dev.urakata.shared.processes.CompleteProcessStepCommand;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EscalateProcessStepCommand;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.StartEmployeeProcessCommand;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static dev.urakata.command.processes.ProcessFixtures.allCorrelatedWith;
import static dev.urakata.command.processes.ProcessFixtures.correlated;
import static dev.urakata.command.processes.ProcessFixtures.including;

/** Onboarding: every department set in motion by one hire; the steps people must do are escalated when late. */
class OnboardingSagaTest {

    static final EmployeeId ID = new EmployeeId("emp-1");
    static final Instant RECORDED = Instant.parse("2026-04-01T09:00:00Z");
    static final LocalDate FIRST_DAY = LocalDate.parse("2026-04-15");
    static final String CONTRACT = "employment-emp-1";

    private SagaTestFixture<OnboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OnboardingSaga.class);
        fixture.registerResource(ProcessSettings.defaults());
    }

    static EmployeeHiredEvent hired(LocalDate firstDay) {
        return new EmployeeHiredEvent(ID, "E-1", "Aiko", "Sato", "aiko@example.com", "Sales", "Clerk",
                EmploymentType.PERMANENT, null, firstDay, Money.of("300000", "JPY"));
    }

    static ContractSignedEvent signed() {
        return new ContractSignedEvent(DraftContractCommand.employmentContractOf(ID.value()), ContractKind.EMPLOYMENT,
                ID.value(), LocalDate.parse("2026-04-03"));
    }

    static CompleteProcessStepCommand complete(ProcessStep step, String note) {
        return new CompleteProcessStepCommand(ProcessKind.ONBOARDING, ID, step, note);
    }

    static EscalateProcessStepCommand escalate(ProcessStep step, String reason) {
        return new EscalateProcessStepCommand(ProcessKind.ONBOARDING, ID, step, reason);
    }

    @Test
    void aHireStartsTheProcessAndHasLegalDraftTheContract() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .whenPublishingA(hired(FIRST_DAY), correlated("hire-1"))
                .expectActiveSagas(1)
                .expectAssociationWith("contractId", CONTRACT)
                .expectDispatchedCommands(
                        new StartEmployeeProcessCommand(ProcessKind.ONBOARDING, ID, "E-1", FIRST_DAY),
                        new DraftContractCommand(DraftContractCommand.employmentContractOf(ID.value()),
                                ContractKind.EMPLOYMENT, ID.value(), "Employment contract E-1", FIRST_DAY, null),
                        complete(ProcessStep.CONTRACT_DRAFTED, "Contract " + CONTRACT))
                .expectDispatchedCommandsMatching(allCorrelatedWith("hire-1"))
                .expectScheduledDeadlineWithName(RECORDED.plus(Duration.ofDays(7)), OnboardingSaga.SIGNATURE_DUE)
                .expectScheduledDeadlineWithName(Instant.parse("2026-04-15T00:00:00Z"), OnboardingSaga.LAPTOP_DUE);
    }

    @Test
    void theSignatureSetsItProvisioningTrainingsAndPayrollUnderTheHiresCorrelation() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY), correlated("hire-1"))
                .andThenTimeElapses(Duration.ofDays(2))
                .whenPublishingA(signed(), correlated("signature-7"))
                .expectDispatchedCommands(
                        complete(ProcessStep.CONTRACT_SIGNED, "Signed on 2026-04-03"),
                        new ProvisionSystemAccountCommand(ID, "email", "onboarding"),
                        new ProvisionSystemAccountCommand(ID, "sso", "onboarding"),
                        complete(ProcessStep.ACCOUNTS_PROVISIONED, "Accounts on email, sso"),
                        new AssignTrainingCommand(ID, "CODE_OF_CONDUCT", FIRST_DAY.plusDays(30)),
                        new AssignTrainingCommand(ID, "DATA_PROTECTION", FIRST_DAY.plusDays(30)),
                        new AssignTrainingCommand(ID, "INFORMATION_SECURITY", FIRST_DAY.plusDays(30)),
                        complete(ProcessStep.TRAININGS_ASSIGNED,
                                "CODE_OF_CONDUCT, DATA_PROTECTION, INFORMATION_SECURITY due 2026-05-15"),
                        new EnrolInPayrollCommand(ID, YearMonth.of(2026, 4)),
                        complete(ProcessStep.PAYROLL_ENROLLED, "On the payroll from 2026-04"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("hire-1"))
                .expectNoScheduledDeadlineWithName(RECORDED.plus(Duration.ofDays(7)), OnboardingSaga.SIGNATURE_DUE);
    }

    @Test
    void aRedeliveredSignatureDoesNothingTwice() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(signed())
                .whenPublishingA(signed())
                .expectNoDispatchedCommands();
    }

    @Test
    void anUnsignedContractIsEscalatedWhenItsDeadlinePasses() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY), correlated("hire-1"))
                .whenTimeElapses(Duration.ofDays(7).plusMinutes(1))
                .expectTriggeredDeadlinesWithName(OnboardingSaga.SIGNATURE_DUE)
                .expectDispatchedCommands(escalate(ProcessStep.CONTRACT_SIGNED,
                        "Employment contract " + CONTRACT + " still unsigned"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("hire-1"));
    }

    @Test
    void aLaptopHandedOverCompletesItsStepAndAnotherAssetDoesNot() throws Exception {
        AssetAssignedEvent phone = new AssetAssignedEvent(new AssetId("phone-1"), AssetType.PHONE, ID,
                LocalDate.parse("2026-04-10"));
        AssetAssignedEvent laptop = new AssetAssignedEvent(new AssetId("laptop-9"), AssetType.LAPTOP, ID,
                LocalDate.parse("2026-04-10"));
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(phone)
                .whenPublishingA(laptop)
                .expectDispatchedCommands(complete(ProcessStep.LAPTOP_ASSIGNED, "Laptop laptop-9 on 2026-04-10"))
                .expectNoScheduledDeadlineWithName(Instant.parse("2026-04-15T00:00:00Z"), OnboardingSaga.LAPTOP_DUE);
    }

    @Test
    void noLaptopOnTheFirstDayIsEscalated() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(signed())
                .whenTimeAdvancesTo(Instant.parse("2026-04-15T00:00:01Z"))
                .expectDispatchedCommands(escalate(ProcessStep.LAPTOP_ASSIGNED,
                        "No laptop handed over for the first day 2026-04-15"));
    }

    @Test
    void aHireRecordedLateStillGivesItTheLeastTimeForTheLaptop() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .whenPublishingA(hired(LocalDate.parse("2026-04-01")))
                .expectScheduledDeadlineWithName(RECORDED.plus(Duration.ofDays(3)), OnboardingSaga.LAPTOP_DUE);
    }

    @Test
    void aRefusedStepIsEscalatedWithTheReasonNotLost() throws Exception {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload.equals(new ProvisionSystemAccountCommand(ID, "sso", "onboarding"))) {
                throw new DomainException(CommonErrors.BUSINESS_RULE_VIOLATED, "sso is down for maintenance");
            }
            return null;
        });
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .whenPublishingA(signed())
                .expectDispatchedCommandsMatching(including(escalate(ProcessStep.ACCOUNTS_PROVISIONED,
                        "Refused: sso: BUSINESS_RULE_VIOLATED: sso is down for maintenance")));
    }

    @Test
    void theCompletedProcessEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(new EmployeeProcessCompletedEvent(ProcessKind.OFFBOARDING, ID))
                .whenPublishingA(new EmployeeProcessCompletedEvent(ProcessKind.ONBOARDING, ID))
                .expectActiveSagas(0);
    }

    @Test
    void aTerminationDuringOnboardingCancelsTheProcessUnderTheHiresCorrelation() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY), correlated("hire-1"))
                .whenPublishingA(new EmployeeTerminatedEvent(ID, TerminationReason.END_OF_CONTRACT,
                        LocalDate.parse("2026-04-20"), null))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new CancelEmployeeProcessCommand(ProcessKind.ONBOARDING, ID,
                        "Employment ended (END_OF_CONTRACT, last day 2026-04-20) before onboarding"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("hire-1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTerminationDuringOnboardingLeavesNoEscalationsBehind() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION,
                        LocalDate.parse("2026-04-20"), null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aTerminationAfterACompletedOnboardingCancelsNothing() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(FIRST_DAY))
                .andThenAPublished(new EmployeeProcessCompletedEvent(ProcessKind.ONBOARDING, ID))
                .whenPublishingA(new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION,
                        LocalDate.parse("2026-04-20"), null))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void anEmploymentTakenOverLongAfterItsFirstDayStartsNoOnboarding() {
        fixture.givenCurrentTime(RECORDED)
                .whenPublishingA(hired(LocalDate.parse("2025-06-01")))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }
}
