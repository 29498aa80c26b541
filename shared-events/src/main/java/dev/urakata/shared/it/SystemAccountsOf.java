package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

/**
 * The aggregate that holds one employee's system accounts. Not the employee id itself: that already names the
 * employee's own stream of events in the store.
 */
public final class SystemAccountsOf {

    private SystemAccountsOf() {
    }

    /** The id of the system-accounts aggregate of {@code employeeId}. */
    public static String idOf(EmployeeId employeeId) {
        return "it-accounts-" + employeeId.value();
    }
}
