package dev.urakata.command.processes;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.compliance.AssignTrainingCommand;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.ProvisionSystemAccountCommand;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.DraftContractCommand;
import dev.urakata.shared.payroll.EnrolInPayrollCommand;
import dev.urakata.shared.processes.CancelEmployeeProcessCommand;
import dev.urakata.shared.processes.CompleteProcessStepCommand;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EscalateProcessStepCommand;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.StartEmployeeProcessCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets every department in motion when an employee is hired: legal drafts the employment contract; once it is
 * signed, IT provisions the standard accounts, compliance assigns the mandatory trainings and payroll enrols the
 * employee; IT hands over a laptop whenever it can. The two steps people must do (signing, the laptop) have
 * deadlines: a step not done in time is escalated on the {@link EmployeeProcess}, never forgotten.
 *
 * <p>A hire recorded more than {@code onboardingWindow} after its first day is an existing employment taken over
 * (a migration from another system), not a new joiner, and starts nothing.
 *
 * <p>Everything this saga sends carries the hire's correlation id, so the whole onboarding is one trail in the audit
 * log. Every command it sends is idempotent, so a redelivered event does no harm. Fields are opened to Jackson
 * because the saga store serializes the saga itself.
 */
@Saga
@SnapshotFields
public class OnboardingSaga {

    static final String EMPLOYEE_ID = "employeeId";
    static final String CONTRACT_ID = "contractId";
    static final String SIGNATURE_DUE = "onboarding-signature-due";
    static final String LAPTOP_DUE = "onboarding-laptop-due";

    private EmployeeId employeeId;
    private String employeeNumber;
    private LocalDate hireDate;
    private String correlationId;
    private String contractId;
    private boolean signed;
    private boolean laptopAssigned;
    private String signatureDeadline;
    private String laptopDeadline;

    public OnboardingSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeHiredEvent event, @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlation,
            @Timestamp Instant recordedAt, CommandGateway commands, DeadlineManager deadlines,
            ProcessSettings settings) {
        if (settings.startOf(event.hireDate()).plus(settings.onboardingWindow()).isBefore(recordedAt)) {
            SagaLifecycle.end(); // an employment taken over long after it began: nobody to onboard
            return;
        }
        employeeId = event.employeeId();
        employeeNumber = event.employeeNumber();
        hireDate = event.hireDate();
        correlationId = correlation;
        contractId = DraftContractCommand.employmentContractOf(employeeId.value()).value();
        SagaLifecycle.associateWith(CONTRACT_ID, contractId);

        send(commands, new StartEmployeeProcessCommand(ProcessKind.ONBOARDING, employeeId, employeeNumber, hireDate));
        Optional<String> refused = send(commands, new DraftContractCommand(
                DraftContractCommand.employmentContractOf(employeeId.value()), ContractKind.EMPLOYMENT,
                employeeId.value(), "Employment contract " + employeeNumber, hireDate, event.contractEndDate()));
        refused.ifPresentOrElse(
                reason -> escalate(commands, ProcessStep.CONTRACT_DRAFTED, "Drafting refused: " + reason),
                () -> complete(commands, ProcessStep.CONTRACT_DRAFTED, "Contract " + contractId));

        // Each deadline carries the employee id: Axon takes a deadline handler's first parameter for the payload.
        signatureDeadline = deadlines.schedule(recordedAt.plus(settings.contractSignatureWithin()), SIGNATURE_DUE,
                employeeId.value());
        laptopDeadline = deadlines.schedule(ProcessSettings.notBefore(settings.startOf(hireDate),
                recordedAt.plus(settings.laptopWithin())), LAPTOP_DUE, employeeId.value());
    }

    @SagaEventHandler(associationProperty = CONTRACT_ID)
    void on(ContractSignedEvent event, @Timestamp Instant signedAt, CommandGateway commands,
            DeadlineManager deadlines, ProcessSettings settings) {
        if (signed) {
            return; // redelivered
        }
        signed = true;
        deadlines.cancelSchedule(SIGNATURE_DUE, signatureDeadline);
        complete(commands, ProcessStep.CONTRACT_SIGNED, "Signed on " + event.signedOn());

        List<String> refusals = new ArrayList<>();
        for (String system : settings.systemAccounts()) {
            send(commands, new ProvisionSystemAccountCommand(employeeId, system, "onboarding"))
                    .ifPresent(reason -> refusals.add(system + ": " + reason));
        }
        settle(commands, ProcessStep.ACCOUNTS_PROVISIONED, refusals,
                "Accounts on " + String.join(", ", settings.systemAccounts()));

        refusals.clear();
        LocalDate today = LocalDate.ofInstant(signedAt, settings.zone());
        LocalDate trainingsDue = (hireDate.isAfter(today) ? hireDate : today).plusDays(settings.trainingDueDays());
        for (String training : settings.mandatoryTrainings()) {
            send(commands, new AssignTrainingCommand(employeeId, training, trainingsDue))
                    .ifPresent(reason -> refusals.add(training + ": " + reason));
        }
        settle(commands, ProcessStep.TRAININGS_ASSIGNED, refusals,
                String.join(", ", settings.mandatoryTrainings()) + " due " + trainingsDue);

        Optional<String> enrolment = send(commands, new EnrolInPayrollCommand(employeeId, YearMonth.from(hireDate)));
        settle(commands, ProcessStep.PAYROLL_ENROLLED, enrolment.stream().toList(),
                "On the payroll from " + YearMonth.from(hireDate));
    }

    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(AssetAssignedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        if (event.assetType() != AssetType.LAPTOP || laptopAssigned) {
            return;
        }
        laptopAssigned = true;
        deadlines.cancelSchedule(LAPTOP_DUE, laptopDeadline);
        complete(commands, ProcessStep.LAPTOP_ASSIGNED, "Laptop " + event.assetId() + " on " + event.assignedOn());
    }

    @DeadlineHandler(deadlineName = SIGNATURE_DUE)
    void signatureDue(String subject, CommandGateway commands) {
        if (!signed) {
            escalate(commands, ProcessStep.CONTRACT_SIGNED, "Employment contract " + contractId + " still unsigned");
        }
    }

    @DeadlineHandler(deadlineName = LAPTOP_DUE)
    void laptopDue(String subject, CommandGateway commands) {
        if (!laptopAssigned) {
            escalate(commands, ProcessStep.LAPTOP_ASSIGNED, "No laptop handed over for the first day " + hireDate);
        }
    }

    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeProcessCompletedEvent event) {
        if (event.kind() == ProcessKind.ONBOARDING) {
            SagaLifecycle.end();
        }
    }

    /**
     * An employment that ends while onboarding is under way ends the onboarding as cancelled (its open steps will
     * never be done, and a process left in progress would wait forever); offboarding takes over.
     */
    @EndSaga
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeTerminatedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        deadlines.cancelSchedule(SIGNATURE_DUE, signatureDeadline);
        deadlines.cancelSchedule(LAPTOP_DUE, laptopDeadline);
        send(commands, new CancelEmployeeProcessCommand(ProcessKind.ONBOARDING, employeeId,
                "Employment ended (" + event.reason() + ", last day " + event.lastDay() + ") before onboarding"));
    }

    /** Completes {@code step}, or escalates it with every refusal that kept it from being done. */
    private void settle(CommandGateway commands, ProcessStep step, List<String> refusals, String note) {
        if (refusals.isEmpty()) {
            complete(commands, step, note);
        } else {
            escalate(commands, step, "Refused: " + String.join("; ", refusals));
        }
    }

    private void complete(CommandGateway commands, ProcessStep step, String note) {
        send(commands, new CompleteProcessStepCommand(ProcessKind.ONBOARDING, employeeId, step, note));
    }

    private void escalate(CommandGateway commands, ProcessStep step, String reason) {
        send(commands, new EscalateProcessStepCommand(ProcessKind.ONBOARDING, employeeId, step, reason));
    }

    private Optional<String> send(CommandGateway commands, Object command) {
        return ProcessCommands.send(commands, command, correlationId);
    }
}
