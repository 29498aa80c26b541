package dev.urakata.query.processes;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.processes.EmployeeProcessCancelledEvent;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EmployeeProcessPage;
import dev.urakata.shared.processes.EmployeeProcessProgress;
import dev.urakata.shared.processes.EmployeeProcessStartedEvent;
import dev.urakata.shared.processes.FindEmployeeProcessQuery;
import dev.urakata.shared.processes.ListEmployeeProcessesQuery;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStatus;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.ProcessStepCompletedEvent;
import dev.urakata.shared.processes.ProcessStepEscalatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Onboarding and offboarding progress per employee: one document per process with every step, done or open, and
 * its escalation if it had one. Every update sets fields to what the event says, so a redelivered event changes
 * nothing; the status is derived from the steps after each change.
 */
@Component
@ProcessingGroup(EmployeeProcessProjection.PROCESSING_GROUP)
public class EmployeeProcessProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "employee-processes";
    static final String COLLECTION = "employee_processes";

    public EmployeeProcessProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(EmployeeProcessStartedEvent event, @Timestamp Instant at, EventMessage<?> message) {
        mongo.save(new EmployeeProcessDocument(event.kind().processIdOf(event.employeeId().value()),
                event.kind().name(), event.employeeId().value(), event.employeeNumber(), event.keyDate(),
                ProcessStatus.IN_PROGRESS.name(),
                event.steps().stream().map(EmployeeProcessDocument.Step::open).toList(), at, null,
                (String) message.getMetaData().get(MetadataKeys.CORRELATION_ID)), COLLECTION);
    }

    @EventHandler
    void on(ProcessStepCompletedEvent event, @Timestamp Instant at) {
        changeStep(event.kind(), event.employeeId().value(), event.step(), new Update()
                .set("steps.$.done", true).set("steps.$.note", event.note()).set("steps.$.doneAt", at));
    }

    @EventHandler
    void on(ProcessStepEscalatedEvent event, @Timestamp Instant at) {
        changeStep(event.kind(), event.employeeId().value(), event.step(), new Update()
                .set("steps.$.escalation", event.reason()).set("steps.$.escalatedAt", at));
    }

    /** Step notes and escalation reasons are free text that may name people: erased with the employee. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (EmployeeProcessDocument process : mongo.find(Query.query(Criteria.where("employeeId")
                .is(event.subjectId().value())), EmployeeProcessDocument.class, COLLECTION)) {
            mongo.updateFirst(byId(process.id()), Update.update("steps",
                    process.steps().stream().map(EmployeeProcessDocument.Step::erased).toList()), COLLECTION);
        }
    }

    @EventHandler
    void on(EmployeeProcessCompletedEvent event, @Timestamp Instant at) {
        mongo.updateFirst(byId(event.kind().processIdOf(event.employeeId().value())),
                new Update().set("status", ProcessStatus.COMPLETED.name()).set("completedAt", at),
                COLLECTION);
    }

    /** Ended unfinished; {@code completedAt} says when it ended, the open steps stay open. */
    @EventHandler
    void on(EmployeeProcessCancelledEvent event, @Timestamp Instant at) {
        mongo.updateFirst(byId(event.kind().processIdOf(event.employeeId().value())),
                new Update().set("status", ProcessStatus.CANCELLED.name()).set("completedAt", at),
                COLLECTION);
    }

    @QueryHandler
    EmployeeProcessPage handle(ListEmployeeProcessesQuery query) {
        Criteria criteria = new Filters().equal("kind", query.kind()).equal("status", query.status()).criteria();
        MongoPages.Slice<EmployeeProcessProgress> slice = MongoPages.read(mongo, COLLECTION,
                EmployeeProcessDocument.class, Query.query(criteria),
                Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("_id")), query.page(), query.size(),
                EmployeeProcessProjection::progress);
        return new EmployeeProcessPage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    Optional<EmployeeProcessProgress> handle(FindEmployeeProcessQuery query) {
        return Optional.ofNullable(mongo.findById(query.kind().processIdOf(query.employeeId().value()),
                EmployeeProcessDocument.class, COLLECTION)).map(EmployeeProcessProjection::progress);
    }

    private void changeStep(ProcessKind kind, String employeeId, ProcessStep step, Update update) {
        String id = kind.processIdOf(employeeId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("steps.step").is(step.name())), update,
                COLLECTION);
        EmployeeProcessDocument process = mongo.findById(id, EmployeeProcessDocument.class, COLLECTION);
        if (process != null && !ProcessStatus.COMPLETED.name().equals(process.status())
                && !ProcessStatus.CANCELLED.name().equals(process.status())) {
            boolean lateAndOpen = process.steps().stream().anyMatch(EmployeeProcessDocument.Step::lateAndOpen);
            mongo.updateFirst(byId(id), Update.update("status",
                    (lateAndOpen ? ProcessStatus.ESCALATED : ProcessStatus.IN_PROGRESS).name()), COLLECTION);
        }
    }

    private static EmployeeProcessProgress progress(EmployeeProcessDocument doc) {
        return new EmployeeProcessProgress(ProcessKind.valueOf(doc.kind()), doc.employeeId(), doc.employeeNumber(),
                doc.keyDate(), ProcessStatus.valueOf(doc.status()),
                doc.steps().stream().map(EmployeeProcessDocument.Step::progress).toList(), doc.startedAt(),
                doc.completedAt(), doc.correlationId());
    }
}
