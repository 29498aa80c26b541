package dev.urakata.command.compliance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.compliance.AcknowledgePolicyCommand;
import dev.urakata.shared.compliance.AssignTrainingCommand;
import dev.urakata.shared.compliance.CompleteTrainingCommand;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.EmployeeComplianceOf;
import dev.urakata.shared.compliance.PolicyAcknowledgedEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementOverdueEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementRequestedEvent;
import dev.urakata.shared.compliance.RequestPolicyAcknowledgementCommand;
import dev.urakata.shared.compliance.TrainingAssignedEvent;
import dev.urakata.shared.compliance.TrainingCompletedEvent;
import dev.urakata.shared.compliance.TrainingOverdueEvent;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's trainings and policy acknowledgements. Each open item has a deadline at the end of its due date
 * that reports it overdue; completing or acknowledging an item cancels the deadlines of its kind and schedules those
 * of the items still open again (a deadline is cancelled by name only, and all items of a kind share one name).
 * Deadline payloads name the item and its due date, so a deadline that outlived its item does nothing.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class EmployeeCompliance {

    /** Fires at the end of a training's due date; payload {@code CODE|due date}. */
    static final String TRAINING_DUE = "training-due";
    /** Fires at the end of an acknowledgement's due date; payload {@code CODE@version|due date}. */
    static final String ACKNOWLEDGEMENT_DUE = "acknowledgement-due";
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    @AggregateIdentifier
    private String complianceId;
    private EmployeeId employeeId;
    private Map<String, Item> trainings = new HashMap<>();
    private Map<String, Item> acknowledgements = new HashMap<>();

    /** One training or acknowledgement: enough to decide. */
    @SnapshotFields
    static class Item {
        LocalDate dueDate;
        boolean done;
        boolean overdue;

        Item() {
        }

        Item(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        boolean open() {
            return !done && !overdue;
        }

        // Axon's fixtures compare state rebuilt from events with state after the command by equals().
        @Override
        public boolean equals(Object other) {
            return other instanceof Item that && done == that.done && overdue == that.overdue
                    && Objects.equals(dueDate, that.dueDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dueDate, done, overdue);
        }
    }

    EmployeeCompliance() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignTrainingCommand command, DeadlineManager deadlines) {
        require(command.employeeId() != null, "employeeId is required");
        requireCode(command.trainingCode(), "trainingCode");
        require(command.dueDate() != null, "dueDate is required");
        Item existing = trainings.get(command.trainingCode());
        if (existing != null && !existing.done) {
            return; // already assigned and not completed: a redelivery, or a second request for the same thing
        }
        apply(new TrainingAssignedEvent(command.employeeId(), command.trainingCode(), command.dueDate()));
        deadlines.schedule(endOf(command.dueDate()), TRAINING_DUE, command.trainingCode() + "|" + command.dueDate());
    }

    @CommandHandler
    void handle(CompleteTrainingCommand command, DeadlineManager deadlines) {
        require(command.completedOn() != null, "completedOn is required");
        Item training = trainings.get(command.trainingCode());
        if (training == null) {
            throw new DomainException(ComplianceErrors.UNKNOWN_COMPLIANCE_ITEM,
                    "Employee " + employeeId + " has no training " + command.trainingCode() + " assigned");
        }
        if (training.done) {
            throw new DomainException(ComplianceErrors.ALREADY_COMPLETED,
                    "Employee " + employeeId + " already completed training " + command.trainingCode());
        }
        apply(new TrainingCompletedEvent(employeeId, command.trainingCode(), command.completedOn()));
        deadlines.cancelAllWithinScope(TRAINING_DUE);
        trainings.forEach((code, item) -> {
            if (item.open()) {
                deadlines.schedule(endOf(item.dueDate), TRAINING_DUE, code + "|" + item.dueDate);
            }
        });
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestPolicyAcknowledgementCommand command, DeadlineManager deadlines) {
        require(command.employeeId() != null, "employeeId is required");
        requireCode(command.policyCode(), "policyCode");
        require(command.version() >= 1, "version must be 1 or more");
        require(command.dueDate() != null, "dueDate is required");
        String key = command.policyCode() + "@" + command.version();
        if (acknowledgements.containsKey(key)) {
            return; // already requested (or acknowledged): nothing new to ask
        }
        apply(new PolicyAcknowledgementRequestedEvent(command.employeeId(), command.policyCode(), command.version(),
                command.dueDate()));
        deadlines.schedule(endOf(command.dueDate()), ACKNOWLEDGEMENT_DUE, key + "|" + command.dueDate());
    }

    @CommandHandler
    void handle(AcknowledgePolicyCommand command, DeadlineManager deadlines) {
        require(command.acknowledgedOn() != null, "acknowledgedOn is required");
        String key = command.policyCode() + "@" + command.version();
        Item acknowledgement = acknowledgements.get(key);
        if (acknowledgement == null) {
            throw new DomainException(ComplianceErrors.UNKNOWN_COMPLIANCE_ITEM, "Employee " + employeeId
                    + " was not asked to acknowledge " + command.policyCode() + " version " + command.version());
        }
        if (acknowledgement.done) {
            throw new DomainException(ComplianceErrors.ALREADY_COMPLETED, "Employee " + employeeId + " already "
                    + "acknowledged " + command.policyCode() + " version " + command.version());
        }
        apply(new PolicyAcknowledgedEvent(employeeId, command.policyCode(), command.version(),
                command.acknowledgedOn()));
        deadlines.cancelAllWithinScope(ACKNOWLEDGEMENT_DUE);
        acknowledgements.forEach((open, item) -> {
            if (item.open()) {
                deadlines.schedule(endOf(item.dueDate), ACKNOWLEDGEMENT_DUE, open + "|" + item.dueDate);
            }
        });
    }

    @DeadlineHandler(deadlineName = TRAINING_DUE)
    void trainingDue(String payload) {
        String[] parts = payload.split("\\|");
        Item training = trainings.get(parts[0]);
        if (training != null && training.open() && training.dueDate.toString().equals(parts[1])) {
            apply(new TrainingOverdueEvent(employeeId, parts[0], training.dueDate));
        }
    }

    @DeadlineHandler(deadlineName = ACKNOWLEDGEMENT_DUE)
    void acknowledgementDue(String payload) {
        String[] parts = payload.split("\\|");
        Item acknowledgement = acknowledgements.get(parts[0]);
        if (acknowledgement != null && acknowledgement.open() && acknowledgement.dueDate.toString().equals(parts[1])) {
            String[] policy = parts[0].split("@");
            apply(new PolicyAcknowledgementOverdueEvent(employeeId, policy[0], Integer.parseInt(policy[1]),
                    acknowledgement.dueDate));
        }
    }

    @EventSourcingHandler
    void on(TrainingAssignedEvent event) {
        identify(event.employeeId());
        trainings.put(event.trainingCode(), new Item(event.dueDate()));
    }

    @EventSourcingHandler
    void on(TrainingCompletedEvent event) {
        trainings.get(event.trainingCode()).done = true;
    }

    @EventSourcingHandler
    void on(TrainingOverdueEvent event) {
        trainings.get(event.trainingCode()).overdue = true;
    }

    @EventSourcingHandler
    void on(PolicyAcknowledgementRequestedEvent event) {
        identify(event.employeeId());
        acknowledgements.put(event.policyCode() + "@" + event.version(), new Item(event.dueDate()));
    }

    @EventSourcingHandler
    void on(PolicyAcknowledgedEvent event) {
        acknowledgements.get(event.policyCode() + "@" + event.version()).done = true;
    }

    @EventSourcingHandler
    void on(PolicyAcknowledgementOverdueEvent event) {
        acknowledgements.get(event.policyCode() + "@" + event.version()).overdue = true;
    }

    private void identify(EmployeeId employee) {
        employeeId = employee;
        complianceId = EmployeeComplianceOf.idOf(employee);
    }

    /** Overdue means "not done by the end of the due date". */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void requireCode(String code, String field) {
        require(code != null && CODE.matcher(code).matches(),
                field + " must be an upper-case code such as CODE_OF_CONDUCT (at most 40 characters)");
    }
}
