package dev.urakata.query.compliance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.compliance.ComplianceStatusDocument.Acknowledgement;
import dev.urakata.query.compliance.ComplianceStatusDocument.Training;
import dev.urakata.shared.compliance.AcknowledgementStatus;
import dev.urakata.shared.compliance.ComplianceItemState;
import dev.urakata.shared.compliance.ComplianceStatus;
import dev.urakata.shared.compliance.FindComplianceStatusQuery;
import dev.urakata.shared.compliance.PolicyAcknowledgedEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementOverdueEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementRequestedEvent;
import dev.urakata.shared.compliance.TrainingAssignedEvent;
import dev.urakata.shared.compliance.TrainingCompletedEvent;
import dev.urakata.shared.compliance.TrainingOverdueEvent;
import dev.urakata.shared.compliance.TrainingStatus;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNullElse;

/**
 * Compliance status per employee: one document with every training (keyed by code) and policy acknowledgement
 * (keyed by code and version) and where each is. All of an employee's events come from one aggregate, in order; the
 * document remembers the last sequence number applied, so a redelivered event cannot move an item back.
 */
@Component
@ProcessingGroup(ComplianceStatusProjection.PROCESSING_GROUP)
public class ComplianceStatusProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "compliance-status";
    static final String COLLECTION = "compliance_status";

    public ComplianceStatusProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(TrainingAssignedEvent event, @SequenceNumber long sequence) {
        step(event.employeeId(), sequence, new Update().set("trainings." + event.trainingCode(),
                new Training(event.dueDate(), ComplianceItemState.PENDING, null)));
    }

    @EventHandler
    void on(TrainingCompletedEvent event, @SequenceNumber long sequence) {
        String key = "trainings." + event.trainingCode();
        step(event.employeeId(), sequence, new Update().set(key + ".state", ComplianceItemState.DONE)
                .set(key + ".completedOn", event.completedOn()));
    }

    @EventHandler
    void on(TrainingOverdueEvent event, @SequenceNumber long sequence) {
        step(event.employeeId(), sequence, new Update().set("trainings." + event.trainingCode() + ".state",
                ComplianceItemState.OVERDUE));
    }

    @EventHandler
    void on(PolicyAcknowledgementRequestedEvent event, @SequenceNumber long sequence) {
        step(event.employeeId(), sequence, new Update().set(ackKey(event.policyCode(), event.version()),
                new Acknowledgement(event.policyCode(), event.version(), event.dueDate(), ComplianceItemState.PENDING,
                        null)));
    }

    @EventHandler
    void on(PolicyAcknowledgedEvent event, @SequenceNumber long sequence) {
        String key = ackKey(event.policyCode(), event.version());
        step(event.employeeId(), sequence, new Update().set(key + ".state", ComplianceItemState.DONE)
                .set(key + ".acknowledgedOn", event.acknowledgedOn()));
    }

    @EventHandler
    void on(PolicyAcknowledgementOverdueEvent event, @SequenceNumber long sequence) {
        step(event.employeeId(), sequence, new Update().set(ackKey(event.policyCode(), event.version()) + ".state",
                ComplianceItemState.OVERDUE));
    }

    @QueryHandler
    Optional<ComplianceStatus> handle(FindComplianceStatusQuery query) {
        return Optional.ofNullable(mongo.findById(query.employeeId().value(), ComplianceStatusDocument.class,
                COLLECTION)).map(doc -> {
                    List<TrainingStatus> trainings = requireNonNullElse(doc.trainings(), Map.<String, Training>of())
                            .entrySet().stream().map(training -> new TrainingStatus(training.getKey(),
                                    training.getValue().dueDate(), training.getValue().state(),
                                    training.getValue().completedOn()))
                            .sorted(Comparator.comparing(TrainingStatus::trainingCode)).toList();
                    List<AcknowledgementStatus> acknowledgements = requireNonNullElse(doc.acknowledgements(),
                            Map.<String, Acknowledgement>of()).values().stream()
                            .map(item -> new AcknowledgementStatus(item.policyCode(), item.version(), item.dueDate(),
                                    item.state(), item.acknowledgedOn()))
                            .sorted(Comparator.comparing(AcknowledgementStatus::policyCode)
                                    .thenComparing(AcknowledgementStatus::version)).toList();
                    int overdue = (int) (trainings.stream().filter(t -> t.state() == ComplianceItemState.OVERDUE)
                            .count() + acknowledgements.stream()
                            .filter(a -> a.state() == ComplianceItemState.OVERDUE).count());
                    return new ComplianceStatus(query.employeeId(), trainings, acknowledgements, overdue);
                });
    }

    /** Applies {@code update} unless the employee's document has already seen this event. */
    private void step(EmployeeId employeeId, long sequence, Update update) {
        ComplianceStatusDocument current = mongo.findById(employeeId.value(), ComplianceStatusDocument.class,
                COLLECTION);
        if (current == null) {
            mongo.upsert(byId(employeeId), update.set(LAST_SEQUENCE, sequence), COLLECTION);
        } else if (current.lastSequence() < sequence) {
            applyOnce(COLLECTION, employeeId, sequence, update);
        }
    }

    /** Policy codes are upper-case letters, digits and underscores, so the key is a safe field name. */
    private static String ackKey(String policyCode, int version) {
        return "acknowledgements." + policyCode + "_v" + version;
    }
}
