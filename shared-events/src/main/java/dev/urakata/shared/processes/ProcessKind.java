package dev.urakata.shared.processes;

/** Which cross-department process an employee goes through. */
public enum ProcessKind {
    /** From hire to a working first day: contract, accounts, laptop, trainings, payroll. */
    ONBOARDING,
    /** From termination to the final pay: accounts revoked, assets back, final payslip paid. */
    OFFBOARDING;

    /** The id of the process aggregate of this kind for {@code employeeId}, e.g. {@code onboarding-<id>}. */
    public String processIdOf(String employeeId) {
        return name().toLowerCase(java.util.Locale.ROOT) + "-" + employeeId;
    }
}
