package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.it.IncidentSeverity;
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
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * Security incidents and how far each got: one document per incident. Idempotent: the report is inserted once and
 * each later step sets its fields.
 */
@Component
@ProcessingGroup(SecurityIncidentProjection.PROCESSING_GROUP)
public class SecurityIncidentProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "it-security-incidents";
    static final String COLLECTION = "it_security_incidents";

    public SecurityIncidentProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(SecurityIncidentReportedEvent event) {
        mongo.upsert(byId(event.incidentId()), new Update()
                .setOnInsert("severity", event.severity().name())
                .setOnInsert("title", event.title())
                .setOnInsert("description", event.description())
                .setOnInsert("status", IncidentStatus.REPORTED.name())
                .setOnInsert("reportedBy", event.reportedBy())
                .setOnInsert("reportedAt", Date.from(event.reportedAt())), COLLECTION);
    }

    @EventHandler
    void on(SecurityIncidentContainedEvent event) {
        mongo.updateFirst(byId(event.incidentId()), new Update()
                .set("status", IncidentStatus.CONTAINED.name())
                .set("containmentNote", event.note())
                .set("containedAt", Date.from(event.containedAt())), COLLECTION);
    }

    @EventHandler
    void on(SecurityIncidentResolvedEvent event) {
        mongo.updateFirst(byId(event.incidentId()), new Update()
                .set("status", IncidentStatus.RESOLVED.name())
                .set("rootCause", event.rootCause())
                .set("resolution", event.resolution())
                .set("resolvedAt", Date.from(event.resolvedAt())), COLLECTION);
    }

    @QueryHandler
    SecurityIncidentPage handle(ListSecurityIncidentsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("severity", query.severity())
                .criteria();
        MongoPages.Slice<SecurityIncidentSummary> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.asc("_id")), query.page(), query.size(),
                SecurityIncidentProjection::summary);
        return new SecurityIncidentPage(slice.items(), query.page(), query.size(), slice.total());
    }

    private static SecurityIncidentSummary summary(Document doc) {
        return new SecurityIncidentSummary(new SecurityIncidentId(doc.getString("_id")),
                IncidentSeverity.valueOf(doc.getString("severity")), doc.getString("title"),
                doc.getString("description"), IncidentStatus.valueOf(doc.getString("status")),
                doc.getString("reportedBy"), instant(doc.getDate("reportedAt")), doc.getString("containmentNote"),
                instant(doc.getDate("containedAt")), doc.getString("rootCause"), doc.getString("resolution"),
                instant(doc.getDate("resolvedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

}
