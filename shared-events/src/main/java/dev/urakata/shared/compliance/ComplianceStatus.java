package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;

import java.util.List;

/**
 * One employee's trainings and policy acknowledgements.
 *
 * @param employeeId      the employee
 * @param trainings       by training code
 * @param acknowledgements by policy code and version
 * @param overdue         how many trainings and acknowledgements are overdue now
 */
public record ComplianceStatus(EmployeeId employeeId, List<TrainingStatus> trainings,
                               List<AcknowledgementStatus> acknowledgements, int overdue) {
    public ComplianceStatus {
        trainings = List.copyOf(trainings);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
