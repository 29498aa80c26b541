package dev.urakata.query.processes;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
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
import dev.urakata.shared.processes.StepProgress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
        List<Document> steps = new ArrayList<>();
        for (ProcessStep step : event.steps()) {
            steps.add(new Document("step", step.name()).append("done", false));
        }
        Document doc = new Document("_id", event.kind().processIdOf(event.employeeId().value()))
                .append("kind", event.kind().name())
                .append("employeeId", event.employeeId().value())
                .append("employeeNumber", event.employeeNumber())
                .append("keyDate", event.keyDate().toString())
                .append("status", ProcessStatus.IN_PROGRESS.name())
                .append("steps", steps)
                .append("startedAt", Date.from(at))
                .append("correlationId", message.getMetaData().get(MetadataKeys.CORRELATION_ID));
        mongo.save(doc, COLLECTION);
    }

    @EventHandler
    void on(ProcessStepCompletedEvent event, @Timestamp Instant at) {
        changeStep(event.kind(), event.employeeId().value(), event.step(), new Update()
                .set("steps.$.done", true).set("steps.$.note", event.note()).set("steps.$.doneAt", Date.from(at)));
    }

    @EventHandler
    void on(ProcessStepEscalatedEvent event, @Timestamp Instant at) {
        changeStep(event.kind(), event.employeeId().value(), event.step(), new Update()
                .set("steps.$.escalation", event.reason()).set("steps.$.escalatedAt", Date.from(at)));
    }

    /** Step notes and escalation reasons are free text that may name people: erased with the employee. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (Document process : mongo.find(Query.query(Criteria.where("employeeId").is(event.subjectId().value())),
                Document.class, COLLECTION)) {
            List<Document> steps = process.getList("steps", Document.class);
            for (Document step : steps) {
                for (String text : List.of("note", "escalation")) {
                    if (step.get(text) != null) {
                        step.put(text, PersonalDataFields.ERASED);
                    }
                }
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(process.get("_id"))),
                    Update.update("steps", steps), COLLECTION);
        }
    }

    @EventHandler
    void on(EmployeeProcessCompletedEvent event, @Timestamp Instant at) {
        mongo.updateFirst(byId(event.kind().processIdOf(event.employeeId().value())),
                new Update().set("status", ProcessStatus.COMPLETED.name()).set("completedAt", Date.from(at)),
                COLLECTION);
    }

    @QueryHandler
    EmployeeProcessPage handle(ListEmployeeProcessesQuery query) {
        Criteria criteria = new Filters().equal("kind", query.kind()).equal("status", query.status()).criteria();
        MongoPages.Slice<EmployeeProcessProgress> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("_id")), query.page(), query.size(),
                EmployeeProcessProjection::progress);
        return new EmployeeProcessPage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    Optional<EmployeeProcessProgress> handle(FindEmployeeProcessQuery query) {
        return Optional.ofNullable(mongo.findById(query.kind().processIdOf(query.employeeId().value()),
                Document.class, COLLECTION)).map(EmployeeProcessProjection::progress);
    }

    private void changeStep(ProcessKind kind, String employeeId, ProcessStep step, Update update) {
        String id = kind.processIdOf(employeeId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("steps.step").is(step.name())), update,
                COLLECTION);
        Document doc = mongo.findById(id, Document.class, COLLECTION);
        if (doc != null && !ProcessStatus.COMPLETED.name().equals(doc.getString("status"))) {
            boolean lateAndOpen = doc.getList("steps", Document.class).stream()
                    .anyMatch(s -> !s.getBoolean("done", false) && s.getString("escalation") != null);
            mongo.updateFirst(byId(id), Update.update("status",
                    (lateAndOpen ? ProcessStatus.ESCALATED : ProcessStatus.IN_PROGRESS).name()), COLLECTION);
        }
    }

    private static EmployeeProcessProgress progress(Document doc) {
        List<StepProgress> steps = doc.getList("steps", Document.class).stream().map(s -> new StepProgress(
                ProcessStep.valueOf(s.getString("step")), s.getBoolean("done", false), s.getString("note"),
                instant(s.getDate("doneAt")), s.getString("escalation"), instant(s.getDate("escalatedAt")))).toList();
        return new EmployeeProcessProgress(ProcessKind.valueOf(doc.getString("kind")), doc.getString("employeeId"),
                doc.getString("employeeNumber"), LocalDate.parse(doc.getString("keyDate")),
                ProcessStatus.valueOf(doc.getString("status")), steps, instant(doc.getDate("startedAt")),
                instant(doc.getDate("completedAt")), doc.getString("correlationId"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
