package dev.urakata.query.processes;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.processes.EmployeeProcessCancelledEvent;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EmployeeProcessProgress;
import dev.urakata.shared.processes.EmployeeProcessStartedEvent;
import dev.urakata.shared.processes.FindEmployeeProcessQuery;
import dev.urakata.shared.processes.ListEmployeeProcessesQuery;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStatus;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.ProcessStepCompletedEvent;
import dev.urakata.shared.processes.ProcessStepEscalatedEvent;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static dev.urakata.shared.processes.ProcessKind.ONBOARDING;
import static dev.urakata.shared.processes.ProcessStep.CONTRACT_DRAFTED;
import static dev.urakata.shared.processes.ProcessStep.LAPTOP_ASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding/offboarding progress: steps, escalations, status, and redelivery that changes nothing. */
class EmployeeProcessProjectionTest {

    static final EmployeeId ID = new EmployeeId("emp-1");
    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private EmployeeProcessProjection projection;
    private AnnotationEventHandlerAdapter handler;
    private long sequence;

    @BeforeEach
    void setUp() {
        projection = new EmployeeProcessProjection(mongo.template());
        handler = new AnnotationEventHandlerAdapter(projection);
    }

    GenericDomainEventMessage<?> publish(Instant at, Object payload) throws Exception {
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("EmployeeProcess",
                ONBOARDING.processIdOf(ID.value()), sequence, payload, MetaData.with("correlationId", "hire-1"),
                "ev-" + sequence++, at);
        handler.handle(message);
        return message;
    }

    EmployeeProcessProgress onboarding() {
        return projection.handle(new FindEmployeeProcessQuery(ONBOARDING, ID)).orElseThrow();
    }

    @Test
    void showsEveryStepOpenAtTheStartWithTheTransactionToFollow() throws Exception {
        publish(T0, new EmployeeProcessStartedEvent(ONBOARDING, ID, "E-1", LocalDate.parse("2026-04-15"),
                ProcessStep.of(ONBOARDING)));

        EmployeeProcessProgress progress = onboarding();
        assertThat(progress.status()).isEqualTo(ProcessStatus.IN_PROGRESS);
        assertThat(progress.employeeNumber()).isEqualTo("E-1");
        assertThat(progress.correlationId()).isEqualTo("hire-1");
        assertThat(progress.steps()).extracting(s -> s.step()).containsExactlyElementsOf(ProcessStep.of(ONBOARDING));
        assertThat(progress.steps()).noneMatch(s -> s.done());
        assertThat(projection.handle(new FindEmployeeProcessQuery(ProcessKind.OFFBOARDING, ID))).isEmpty();
    }

    @Test
    void anEscalationShowsUntilTheStepIsDoneAndCompletionEndsIt() throws Exception {
        publish(T0, new EmployeeProcessStartedEvent(ONBOARDING, ID, "E-1", LocalDate.parse("2026-04-15"),
                ProcessStep.of(ONBOARDING)));
        publish(T0.plusSeconds(1), new ProcessStepCompletedEvent(ONBOARDING, ID, CONTRACT_DRAFTED, "Contract c-1"));
        GenericDomainEventMessage<?> late = publish(T0.plusSeconds(60), new ProcessStepEscalatedEvent(ONBOARDING, ID,
                LAPTOP_ASSIGNED, "No laptop"));
        handler.handle(late); // redelivered

        EmployeeProcessProgress escalated = onboarding();
        assertThat(escalated.status()).isEqualTo(ProcessStatus.ESCALATED);
        assertThat(escalated.steps().get(0).done()).isTrue();
        assertThat(escalated.steps().get(0).note()).isEqualTo("Contract c-1");
        assertThat(escalated.steps().get(3).escalation()).isEqualTo("No laptop");
        assertThat(projection.handle(new ListEmployeeProcessesQuery(ONBOARDING, ProcessStatus.ESCALATED, 0, 20))
                .total()).isEqualTo(1);

        publish(T0.plusSeconds(120), new ProcessStepCompletedEvent(ONBOARDING, ID, LAPTOP_ASSIGNED, "Laptop l-1"));
        assertThat(onboarding().status()).isEqualTo(ProcessStatus.IN_PROGRESS);
        assertThat(onboarding().steps().get(3).escalation()).as("the escalation stays on record")
                .isEqualTo("No laptop");

        publish(T0.plusSeconds(180), new EmployeeProcessCompletedEvent(ONBOARDING, ID));
        assertThat(onboarding().status()).isEqualTo(ProcessStatus.COMPLETED);
        assertThat(onboarding().completedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(projection.handle(new ListEmployeeProcessesQuery(null, ProcessStatus.COMPLETED, 0, 20)).items())
                .extracting(EmployeeProcessProgress::employeeId).containsExactly("emp-1");
    }

    @Test
    void aCancelledProcessStaysCancelledWithItsOpenStepsOpen() throws Exception {
        publish(T0, new EmployeeProcessStartedEvent(ONBOARDING, ID, "E-1", LocalDate.parse("2026-04-15"),
                ProcessStep.of(ONBOARDING)));
        publish(T0.plusSeconds(1), new ProcessStepCompletedEvent(ONBOARDING, ID, CONTRACT_DRAFTED, "Contract c-1"));
        GenericDomainEventMessage<?> cancelled = publish(T0.plusSeconds(60), new EmployeeProcessCancelledEvent(
                ONBOARDING, ID, ProcessStep.of(ONBOARDING).subList(1, ProcessStep.of(ONBOARDING).size()),
                "Employment ended"));
        // a late escalation (sent before the cancellation, handled after it) does not reopen it
        publish(T0.plusSeconds(61), new ProcessStepEscalatedEvent(ONBOARDING, ID, LAPTOP_ASSIGNED, "No laptop"));
        handler.handle(cancelled); // redelivered

        EmployeeProcessProgress progress = onboarding();
        assertThat(progress.status()).isEqualTo(ProcessStatus.CANCELLED);
        assertThat(progress.completedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(progress.steps().get(0).done()).isTrue();
        assertThat(progress.steps().subList(1, progress.steps().size())).noneMatch(s -> s.done());
        assertThat(projection.handle(new ListEmployeeProcessesQuery(ONBOARDING, ProcessStatus.CANCELLED, 0, 20))
                .items()).extracting(EmployeeProcessProgress::employeeId).containsExactly("emp-1");
        assertThat(projection.handle(new ListEmployeeProcessesQuery(ONBOARDING, ProcessStatus.IN_PROGRESS, 0, 20))
                .total()).isZero();
    }

    @Test
    void anErasureOfTheEmployeeOverwritesNotesAndEscalationsAndNothingElse() throws Exception {
        publish(T0, new EmployeeProcessStartedEvent(ONBOARDING, ID, "E-1", LocalDate.parse("2026-04-15"),
                ProcessStep.of(ONBOARDING)));
        publish(T0.plusSeconds(1), new ProcessStepCompletedEvent(ONBOARDING, ID, CONTRACT_DRAFTED, "Signed by Aiko"));
        publish(T0.plusSeconds(2), new ProcessStepEscalatedEvent(ONBOARDING, ID, LAPTOP_ASSIGNED,
                "Aiko's laptop is late"));

        publish(T0.plusSeconds(3), new PersonalDataErasedEvent(new DataSubjectId(ID.value()), "request"));

        EmployeeProcessProgress erased = onboarding();
        assertThat(erased.toString()).doesNotContain("Aiko");
        assertThat(erased.steps().get(0).note()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.steps().get(0).done()).isTrue();
        assertThat(erased.steps().get(3).escalation()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.steps().get(1).note()).as("a step without a note stays without one").isNull();
        assertThat(erased.status()).isEqualTo(ProcessStatus.ESCALATED);
        Document stored = mongo.template().findById(ONBOARDING.processIdOf(ID.value()), Document.class,
                EmployeeProcessProjection.COLLECTION);
        assertThat(stored.getList("steps", Document.class).get(0)).as("the steps rewritten as they were stored")
                .containsOnlyKeys("step", "done", "note", "doneAt").extractingByKey("doneAt").isInstanceOf(Date.class);
    }
}
