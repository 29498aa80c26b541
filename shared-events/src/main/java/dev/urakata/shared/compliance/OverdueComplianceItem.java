package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDate;

/**
 * An overdue training or policy acknowledgement.
 *
 * @param employeeId the employee
 * @param type       {@code TRAINING} or {@code ACKNOWLEDGEMENT}
 * @param code       the training or policy code
 * @param version    the policy version, {@code null} for a training
 * @param dueDate    the day it was due
 */
public record OverdueComplianceItem(EmployeeId employeeId, String type, String code, Integer version,
                                    LocalDate dueDate) {
}
