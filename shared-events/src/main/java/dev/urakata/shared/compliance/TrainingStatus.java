package dev.urakata.shared.compliance;

import java.time.LocalDate;

/**
 * One training of an employee.
 *
 * @param trainingCode the training
 * @param dueDate      the last day to complete it
 * @param state        pending, done or overdue
 * @param completedOn  the day of completion, {@code null} before
 */
public record TrainingStatus(String trainingCode, LocalDate dueDate, ComplianceItemState state,
                             LocalDate completedOn) {
}
