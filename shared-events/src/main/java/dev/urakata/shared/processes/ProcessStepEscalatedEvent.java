package dev.urakata.shared.processes;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * A step of an employee's process did not happen in time; someone has to act.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param step       the late step
 * @param reason     what is missing and since when
 */
@Revision("1")
public record ProcessStepEscalatedEvent(ProcessKind kind, @DataSubject EmployeeId employeeId, ProcessStep step,
                                        @PersonalData String reason) {
}
