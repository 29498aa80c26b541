package dev.urakata.query.processes;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.StepProgress;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document of {@code employee_processes}: one employee's onboarding or offboarding with every step, keyed by the
 * process id (kind and employee).
 */
public record EmployeeProcessDocument(
        @Id String id,
        @Meaning("ONBOARDING or OFFBOARDING") String kind,
        @Meaning("the employee") String employeeId,
        @Meaning("the employee's number") String employeeNumber,
        @Meaning("the hire date (onboarding) or the last working day (offboarding)") LocalDate keyDate,
        @Meaning("IN_PROGRESS, ESCALATED or COMPLETED") String status,
        @Meaning("every step of the process, in order") List<Step> steps,
        @Meaning("when the process started") Instant startedAt,
        @Meaning(value = "when the process completed", optional = true) Instant completedAt,
        @Meaning(value = "the transaction that started the process, to follow it", optional = true)
        String correlationId) {

    /** One step of a process: done or open, and its escalation if it had one. */
    public record Step(
            @Meaning("the step") String step,
            @Meaning("whether the step is done") boolean done,
            @Meaning(value = "what was noted when it was done (erased with the employee)", optional = true,
                    hidden = true) String note,
            @Meaning(value = "when it was done", optional = true) Instant doneAt,
            @Meaning(value = "why it was escalated (erased with the employee)", optional = true, hidden = true)
            String escalation,
            @Meaning(value = "when it was escalated", optional = true) Instant escalatedAt) {

        /** A step not done yet. */
        static Step open(ProcessStep step) {
            return new Step(step.name(), false, null, null, null, null);
        }

        /** Whether it is late and still open: such a step escalates its process. */
        boolean lateAndOpen() {
            return !done && escalation != null;
        }

        /** The step with its free texts (which may name people) overwritten, where it has them. */
        Step erased() {
            return new Step(step, done, note == null ? null : PersonalDataFields.ERASED, doneAt,
                    escalation == null ? null : PersonalDataFields.ERASED, escalatedAt);
        }

        StepProgress progress() {
            return new StepProgress(ProcessStep.valueOf(step), done, note, doneAt, escalation, escalatedAt);
        }
    }
}
