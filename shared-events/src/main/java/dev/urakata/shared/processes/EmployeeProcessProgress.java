package dev.urakata.shared.processes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One employee's onboarding or offboarding, step by step.
 *
 * @param kind           onboarding or offboarding
 * @param employeeId     the employee
 * @param employeeNumber the employee number, when the process knows it
 * @param keyDate        the first day (onboarding) or the last day (offboarding)
 * @param status         in progress, escalated or completed
 * @param steps          every step, in order
 * @param startedAt      when the process started
 * @param completedAt    when the last step was done (or the process was cancelled), or {@code null}
 * @param correlationId  the business transaction the process belongs to: its audit trail
 */
public record EmployeeProcessProgress(ProcessKind kind, String employeeId, String employeeNumber, LocalDate keyDate,
                                      ProcessStatus status, List<StepProgress> steps, Instant startedAt,
                                      Instant completedAt, String correlationId) {
    public EmployeeProcessProgress {
        steps = List.copyOf(steps);
    }
}
