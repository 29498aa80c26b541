package dev.urakata.shared.processes;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * A step of an employee's process is done.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param step       the step
 * @param note       what happened
 */
@Revision("1")
public record ProcessStepCompletedEvent(ProcessKind kind, @DataSubject EmployeeId employeeId, ProcessStep step,
                                        @PersonalData String note) {
}
