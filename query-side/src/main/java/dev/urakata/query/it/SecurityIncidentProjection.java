package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.it.IncidentStatus;
import dev.urakata.shared.it.ListSecurityIncidentsQuery;
import dev.urakata.shared.it.SecurityIncidentContainedEvent;
import dev.urakata.shared.it.SecurityIncidentId;
import dev.urakata.shared.it.SecurityIncidentPage;
import dev.urakata.shared.it.SecurityIncidentReportedEvent;
import dev.urakata.shared.it.SecurityIncidentResolvedEvent;
import dev.urakata.shared.it.SecurityIncidentSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Security incidents and how far each got: one document per incident. Idempotent: the report is inserted once and
 * each later step sets its fields.
 */
@Component
@ProcessingGroup(SecurityIncidentProjection.PROCESSING_GROUP)
public class SecurityIncidentProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "it-security-incidents";
    public static final String COLLECTION = "it_security_incidents";

    public SecurityIncidentProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(SecurityIncidentReportedEvent event) {
        if (!DocumentIds.exists(mongo, COLLECTION, event.incidentId().value())) {
            mongo.insert(SecurityIncidentDocument.reported(event.incidentId().value(), event.severity(), event.title(),
                    event.description(), event.reportedBy(), event.reportedAt()), COLLECTION);
        }
    }

    @EventHandler
    void on(SecurityIncidentContainedEvent event) {
        mongo.updateFirst(byId(event.incidentId()), new Update()
                .set("status", IncidentStatus.CONTAINED)
                .set("containmentNote", event.note())
                .set("containedAt", event.containedAt()), COLLECTION);
    }

    @EventHandler
    void on(SecurityIncidentResolvedEvent event) {
        mongo.updateFirst(byId(event.incidentId()), new Update()
                .set("status", IncidentStatus.RESOLVED)
                .set("rootCause", event.rootCause())
                .set("resolution", event.resolution())
                .set("resolvedAt", event.resolvedAt()), COLLECTION);
    }

    @QueryHandler
    SecurityIncidentPage handle(ListSecurityIncidentsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("severity", query.severity())
                .criteria();
        MongoPages.Slice<SecurityIncidentSummary> slice = MongoPages.read(mongo, COLLECTION,
                SecurityIncidentDocument.class, Query.query(criteria),
                Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.asc("_id")), query.page(), query.size(),
                SecurityIncidentProjection::summary);
        return new SecurityIncidentPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static SecurityIncidentSummary summary(SecurityIncidentDocument doc) {
        return new SecurityIncidentSummary(new SecurityIncidentId(doc.id()), doc.severity(), doc.title(),
                doc.description(), doc.status(), doc.reportedBy(), doc.reportedAt(), doc.containmentNote(),
                doc.containedAt(), doc.rootCause(), doc.resolution(), doc.resolvedAt());
    }
}
