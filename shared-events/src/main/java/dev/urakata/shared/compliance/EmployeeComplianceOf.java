package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;

/**
 * The aggregate that holds one employee's trainings and policy acknowledgements. Not the employee id itself: that
 * already names the employee's own stream of events in the store.
 */
public final class EmployeeComplianceOf {

    private EmployeeComplianceOf() {
    }

    /** The id of the compliance aggregate of {@code employeeId}. */
    public static String idOf(EmployeeId employeeId) {
        return "compliance-" + employeeId.value();
    }
}
