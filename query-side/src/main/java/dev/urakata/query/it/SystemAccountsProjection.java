package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.it.EmployeeSystemAccounts;
import dev.urakata.shared.it.FindSystemAccountsQuery;
import dev.urakata.shared.it.SystemAccount;
import dev.urakata.shared.it.SystemAccountProvisionedEvent;
import dev.urakata.shared.it.SystemAccountRevokedEvent;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Every employee's system accounts: one document per employee and system, with when and why it was last provisioned
 * and revoked (the event's time: the events carry no date of their own). Idempotent: a provisioning writes the whole
 * account afresh and a revocation sets its fields, the same again when redelivered.
 */
@Component
@ProcessingGroup(SystemAccountsProjection.PROCESSING_GROUP)
public class SystemAccountsProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "it-system-accounts";
    static final String COLLECTION = "it_system_accounts";

    public SystemAccountsProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "employeeId");
    }

    @EventHandler
    void on(SystemAccountProvisionedEvent event, @Timestamp Instant at) {
        mongo.save(new SystemAccountDocument(id(event.employeeId().value(), event.system()),
                event.employeeId().value(), event.system(), true, at, event.reason(), null, null), COLLECTION);
    }

    @EventHandler
    void on(SystemAccountRevokedEvent event, @Timestamp Instant at) {
        mongo.updateFirst(byId(id(event.employeeId().value(), event.system())), new Update()
                .set("active", false)
                .set("revokedAt", at)
                .set("revokeReason", event.reason()), COLLECTION);
    }

    /** Provisioning and revocation reasons are free text that may name people: erased with the employee. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (String reason : List.of("provisionReason", "revokeReason")) {
            mongo.updateMulti(Query.query(Criteria.where("employeeId").is(event.subjectId().value())
                    .and(reason).ne(null)), Update.update(reason, PersonalDataFields.ERASED), COLLECTION);
        }
    }

    @QueryHandler
    EmployeeSystemAccounts handle(FindSystemAccountsQuery query) {
        Query accounts = Query.query(Criteria.where("employeeId").is(query.employeeId().value()))
                .with(Sort.by("system"));
        List<SystemAccount> found = mongo.find(accounts, SystemAccountDocument.class, COLLECTION).stream()
                .map(doc -> new SystemAccount(doc.system(), doc.active(), doc.provisionedAt(), doc.provisionReason(),
                        doc.revokedAt(), doc.revokeReason()))
                .toList();
        return new EmployeeSystemAccounts(query.employeeId(), found);
    }

    /** Employee ids have no '/', so the pair is unambiguous. */
    private static String id(String employeeId, String system) {
        return employeeId + "/" + system;
    }
}
