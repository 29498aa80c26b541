package dev.urakata.query.compliance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.shared.compliance.ListRisksQuery;
import dev.urakata.shared.compliance.RiskAssessedEvent;
import dev.urakata.shared.compliance.RiskClosedEvent;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.compliance.RiskIdentifiedEvent;
import dev.urakata.shared.compliance.RiskMitigationPlannedEvent;
import dev.urakata.shared.compliance.RiskPage;
import dev.urakata.shared.compliance.RiskStatus;
import dev.urakata.shared.compliance.RiskSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The risk register: one document per risk with its latest assessment, how many assessments there were, its
 * mitigation and status, listed highest score first. The assessment count is a running total, so each document
 * remembers the sequence number of the last event applied and ignores one it has seen.
 */
@Component
@ProcessingGroup(RiskRegisterProjection.PROCESSING_GROUP)
public class RiskRegisterProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "compliance-risks";
    public static final String COLLECTION = "compliance_risks";

    public RiskRegisterProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(RiskIdentifiedEvent event, @SequenceNumber long sequence) {
        if (!DocumentIds.exists(mongo, COLLECTION, event.riskId().value())) {
            mongo.insert(RiskDocument.identified(event.riskId().value(), event.title(), event.category(),
                    event.owner(), sequence), COLLECTION);
        }
    }

    @EventHandler
    void on(RiskAssessedEvent event, @SequenceNumber long sequence) {
        RiskDocument current = mongo.findById(event.riskId().value(), RiskDocument.class, COLLECTION);
        Update update = new Update().set("likelihood", event.likelihood()).set("impact", event.impact())
                .set("score", event.score()).inc("assessments", 1);
        if (current != null && current.status() == RiskStatus.IDENTIFIED) {
            update.set("status", RiskStatus.ASSESSED);
        }
        step(event.riskId(), sequence, update);
    }

    @EventHandler
    void on(RiskMitigationPlannedEvent event, @SequenceNumber long sequence) {
        step(event.riskId(), sequence, new Update().set("mitigationPlan", event.plan())
                .set("mitigationDue", event.dueDate()).set("status", RiskStatus.MITIGATING));
    }

    @EventHandler
    void on(RiskClosedEvent event, @SequenceNumber long sequence) {
        step(event.riskId(), sequence, new Update().set("residualNote", event.residualNote())
                .set("status", RiskStatus.CLOSED));
    }

    @QueryHandler
    RiskPage handle(ListRisksQuery query) {
        Query select = query.status() == null ? new Query()
                : Query.query(Criteria.where("status").is(query.status().name()));
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.desc("score"), Sort.Order.asc("title"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        return new RiskPage(mongo.find(select, RiskDocument.class, COLLECTION).stream().map(doc -> new RiskSummary(
                new RiskId(doc.id()), doc.title(), doc.category(), doc.owner(), doc.status(), doc.likelihood(),
                doc.impact(), doc.score(), doc.assessments(), doc.mitigationPlan(), doc.mitigationDue(),
                doc.residualNote())).toList(), query.page(), query.size(), total);
    }

    private void step(RiskId riskId, long sequence, Update update) {
        applyOnce(COLLECTION, riskId, sequence, update);
    }
}
