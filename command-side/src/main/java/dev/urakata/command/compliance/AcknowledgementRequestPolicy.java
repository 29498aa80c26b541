package dev.urakata.command.compliance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.RequestPolicyAcknowledgementCommand;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Asks employees to acknowledge policies: when a version requiring acknowledgement is published, every employee
 * in service is asked; someone hired later is asked for every version that still requires it. The due date is the
 * day of the publication (or the hire, as recorded) plus the configured days, so a replay asks the same.
 *
 * <p>It remembers who is in service and which versions require acknowledgement in two small collections of its
 * own. Requests are idempotent in {@code EmployeeCompliance}, so redelivery asks nobody twice.
 */
@Component
@ProcessingGroup(AcknowledgementRequestPolicy.PROCESSING_GROUP)
class AcknowledgementRequestPolicy extends MongoProjection {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "compliance-acknowledgement-requests";
    static final String EMPLOYEES = "compliance_policy_employees";
    static final String REQUIRED = "compliance_policy_required";

    private final CommandGateway commands;
    private final ComplianceSettings settings;

    AcknowledgementRequestPolicy(CommandGateway commands, MongoTemplate mongo, ComplianceSettings settings) {
        super(mongo, EMPLOYEES, REQUIRED);
        this.commands = commands;
        this.settings = settings;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @Timestamp Instant recordedAt) {
        mongo.upsert(byId(event.employeeId()),
                Update.update("inService", true), EMPLOYEES);
        LocalDate due = dueFrom(recordedAt);
        for (Document policy : mongo.findAll(Document.class, REQUIRED)) {
            commands.sendAndWait(new RequestPolicyAcknowledgementCommand(event.employeeId(), policy.getString("_id"),
                    policy.getInteger("version"), due));
        }
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event) {
        mongo.upsert(byId(event.employeeId()),
                Update.update("inService", false), EMPLOYEES);
    }

    @EventHandler
    void on(PolicyVersionPublishedEvent event, @Timestamp Instant recordedAt) {
        Query policy = byId(event.policyCode());
        if (!event.acknowledgementRequired()) {
            mongo.remove(policy, REQUIRED);
            return;
        }
        mongo.upsert(policy, Update.update("version", event.version()), REQUIRED);
        LocalDate due = dueFrom(recordedAt);
        for (Document employee : mongo.find(Query.query(Criteria.where("inService").is(true)), Document.class,
                EMPLOYEES)) {
            commands.sendAndWait(new RequestPolicyAcknowledgementCommand(new EmployeeId(employee.getString("_id")),
                    event.policyCode(), event.version(), due));
        }
    }

    private LocalDate dueFrom(Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plusDays(settings.acknowledgeWithinDays());
    }
}
