package dev.urakata.shared.processes;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An employee's process ended unfinished: its open steps will not be done (the employment ended first).
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param openSteps  the steps that were still open
 * @param reason     why (free text, erased with the employee like the steps' notes)
 */
@Revision("1")
public record EmployeeProcessCancelledEvent(ProcessKind kind, @DataSubject EmployeeId employeeId,
                                            List<ProcessStep> openSteps, @PersonalData String reason) {

    /** Keeps the list of open steps unmodifiable. */
    public EmployeeProcessCancelledEvent {
        openSteps = openSteps == null ? List.of() : List.copyOf(openSteps);
    }
}
