package dev.urakata.query.compliance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.compliance.ListOverdueComplianceQuery;
import dev.urakata.shared.compliance.OverdueComplianceItem;
import dev.urakata.shared.compliance.OverdueCompliancePage;
import dev.urakata.shared.compliance.PolicyAcknowledgedEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementOverdueEvent;
import dev.urakata.shared.compliance.TrainingAssignedEvent;
import dev.urakata.shared.compliance.TrainingCompletedEvent;
import dev.urakata.shared.compliance.TrainingOverdueEvent;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The overdue report: one document per training or acknowledgement that ever went overdue, flagged while it still
 * is. A completion, acknowledgement or new assignment clears the flag. Each document keeps the sequence number of
 * the employee's event that last touched it, so a redelivered older event changes nothing.
 */
@Component
@ProcessingGroup(OverdueComplianceProjection.PROCESSING_GROUP)
public class OverdueComplianceProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "compliance-overdue";
    static final String COLLECTION = "compliance_overdue";
    static final String TRAINING = "TRAINING";
    static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

    public OverdueComplianceProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(TrainingOverdueEvent event, @SequenceNumber long sequence) {
        mark(event.employeeId(), TRAINING, event.trainingCode(), null, event.dueDate(), true, sequence);
    }

    @EventHandler
    void on(TrainingCompletedEvent event, @SequenceNumber long sequence) {
        mark(event.employeeId(), TRAINING, event.trainingCode(), null, null, false, sequence);
    }

    @EventHandler
    void on(TrainingAssignedEvent event, @SequenceNumber long sequence) {
        mark(event.employeeId(), TRAINING, event.trainingCode(), null, null, false, sequence);
    }

    @EventHandler
    void on(PolicyAcknowledgementOverdueEvent event, @SequenceNumber long sequence) {
        mark(event.employeeId(), ACKNOWLEDGEMENT, event.policyCode(), event.version(), event.dueDate(), true,
                sequence);
    }

    @EventHandler
    void on(PolicyAcknowledgedEvent event, @SequenceNumber long sequence) {
        mark(event.employeeId(), ACKNOWLEDGEMENT, event.policyCode(), event.version(), null, false, sequence);
    }

    @QueryHandler
    OverdueCompliancePage handle(ListOverdueComplianceQuery query) {
        Query select = Query.query(Criteria.where("overdue").is(true));
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        return new OverdueCompliancePage(mongo.find(select, OverdueComplianceDocument.class, COLLECTION).stream()
                .map(doc -> new OverdueComplianceItem(new EmployeeId(doc.employeeId()), doc.type(), doc.code(),
                        doc.version(), doc.dueDate())).toList(), query.page(), query.size(), total);
    }

    /**
     * Writes the item with its flag (and due date when overdue: a cleared item keeps the one it missed) unless it has
     * already seen a later event.
     */
    private void mark(EmployeeId employeeId, String type, String code, Integer version, LocalDate dueDate,
                      boolean overdue, long sequence) {
        String id = employeeId.value() + "|" + type + "|" + code + (version == null ? "" : "|" + version);
        OverdueComplianceDocument current = mongo.findById(id, OverdueComplianceDocument.class, COLLECTION);
        if (current == null && !overdue) {
            return; // nothing overdue to clear
        }
        if (current != null && current.sequence() >= sequence) {
            return;
        }
        mongo.save(new OverdueComplianceDocument(id, employeeId.value(), type, code, version, overdue, sequence,
                dueDate != null ? dueDate : current.dueDate()), COLLECTION);
    }
}
