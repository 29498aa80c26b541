package dev.urakata.query.compliance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.compliance.ListPoliciesQuery;
import dev.urakata.shared.compliance.PolicyPage;
import dev.urakata.shared.compliance.PolicySummary;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Compliance policies with their latest version. Versions only grow, so an event for a version not above the one
 * stored is a redelivery and changes nothing.
 */
@Component
@ProcessingGroup(PolicyProjection.PROCESSING_GROUP)
public class PolicyProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "compliance-policies";
    public static final String COLLECTION = "compliance_policies";

    public PolicyProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(PolicyVersionPublishedEvent event) {
        PolicyDocument current = mongo.findById(event.policyCode(), PolicyDocument.class, COLLECTION);
        if (current != null && current.version() >= event.version()) {
            return;
        }
        mongo.save(new PolicyDocument(event.policyCode(), event.title(), event.version(),
                event.acknowledgementRequired()), COLLECTION);
    }

    @QueryHandler
    PolicyPage handle(ListPoliciesQuery query) {
        Query select = new Query();
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.asc("_id"))).skip((long) query.page() * query.size()).limit(query.size());
        return new PolicyPage(mongo.find(select, PolicyDocument.class, COLLECTION).stream()
                .map(doc -> new PolicySummary(doc.id(), doc.title(), doc.version(), doc.acknowledgementRequired()))
                .toList(),
                query.page(), query.size(), total);
    }
}
