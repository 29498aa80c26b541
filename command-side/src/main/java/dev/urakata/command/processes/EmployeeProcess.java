package dev.urakata.command.processes;

import dev.urakata.command.SnapshotFields;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Set;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The record of one employee's onboarding or offboarding: which steps are done and which were escalated. The sagas
 * ({@link OnboardingSaga}, {@link OffboardingSaga}) do the work across departments; this aggregate is where their
 * progress becomes events, so the progress view and the audit trail see every step and every escalation.
 *
 * <p>Every command is idempotent (a saga may redeliver): starting twice, completing a done step or escalating an
 * escalated one records nothing.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class EmployeeProcess {

    @AggregateIdentifier
    private String processId;
    private ProcessKind kind;
    private EmployeeId employeeId;
    private Set<ProcessStep> open = EnumSet.noneOf(ProcessStep.class);
    private Set<ProcessStep> escalated = EnumSet.noneOf(ProcessStep.class);
    private boolean cancelled;

    EmployeeProcess() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartEmployeeProcessCommand command) {
        if (kind != null) {
            return; // already started
        }
        require(command.keyDate() != null, "keyDate is required");
        apply(new EmployeeProcessStartedEvent(command.kind(), command.employeeId(), command.employeeNumber(),
                command.keyDate(), ProcessStep.of(command.kind())));
    }

    @CommandHandler
    void handle(CompleteProcessStepCommand command) {
        requireStep(command.step());
        if (cancelled || !open.contains(command.step())) {
            return; // already done, or the process was given up
        }
        apply(new ProcessStepCompletedEvent(kind, employeeId, command.step(), command.note()));
        if (open.isEmpty()) {
            apply(new EmployeeProcessCompletedEvent(kind, employeeId));
        }
    }

    @CommandHandler
    void handle(EscalateProcessStepCommand command) {
        requireStep(command.step());
        if (cancelled || !open.contains(command.step()) || escalated.contains(command.step())) {
            return; // done meanwhile, already escalated, or the process was given up
        }
        apply(new ProcessStepEscalatedEvent(kind, employeeId, command.step(), command.reason()));
    }

    /**
     * Gives the process up. A completed process stays completed (its work was done before the employment ended), and
     * a cancelled one stays as it is: both record nothing, so a saga may send this again.
     */
    @CommandHandler
    void handle(CancelEmployeeProcessCommand command) {
        if (cancelled || open.isEmpty()) {
            return;
        }
        apply(new EmployeeProcessCancelledEvent(kind, employeeId, open.stream().sorted().toList(), command.reason()));
    }

    private void requireStep(ProcessStep step) {
        require(step != null, "step is required");
        require(step.kind() == kind, step + " is not a step of " + kind);
    }


    @EventSourcingHandler
    void on(EmployeeProcessStartedEvent event) {
        processId = event.kind().processIdOf(event.employeeId().value());
        kind = event.kind();
        employeeId = event.employeeId();
        open = EnumSet.noneOf(ProcessStep.class);
        open.addAll(event.steps());
    }

    @EventSourcingHandler
    void on(ProcessStepCompletedEvent event) {
        open.remove(event.step());
    }

    @EventSourcingHandler
    void on(ProcessStepEscalatedEvent event) {
        escalated.add(event.step());
    }

    @EventSourcingHandler
    void on(EmployeeProcessCancelledEvent event) {
        cancelled = true;
    }
}
