package dev.urakata.shared.processes;

import java.util.Arrays;
import java.util.List;

/** One step of an onboarding or offboarding, in the order the process usually takes them. */
public enum ProcessStep {
    /** Legal drafted the employment contract. */
    CONTRACT_DRAFTED(ProcessKind.ONBOARDING),
    /** The employment contract was signed. */
    CONTRACT_SIGNED(ProcessKind.ONBOARDING),
    /** IT provisioned the standard system accounts. */
    ACCOUNTS_PROVISIONED(ProcessKind.ONBOARDING),
    /** IT handed over a laptop. */
    LAPTOP_ASSIGNED(ProcessKind.ONBOARDING),
    /** Compliance assigned the mandatory trainings. */
    TRAININGS_ASSIGNED(ProcessKind.ONBOARDING),
    /** Payroll enrolled the employee. */
    PAYROLL_ENROLLED(ProcessKind.ONBOARDING),
    /** IT revoked every system account after the last day. */
    ACCOUNTS_REVOKED(ProcessKind.OFFBOARDING),
    /** Every asset the employee held came back. */
    ASSETS_RETURNED(ProcessKind.OFFBOARDING),
    /** The final payslip was paid. */
    FINAL_PAY(ProcessKind.OFFBOARDING);

    private final ProcessKind kind;

    ProcessStep(ProcessKind kind) {
        this.kind = kind;
    }

    /** The process this step belongs to. */
    public ProcessKind kind() {
        return kind;
    }

    /** Every step of {@code kind}, in order. */
    public static List<ProcessStep> of(ProcessKind kind) {
        return Arrays.stream(values()).filter(step -> step.kind == kind).toList();
    }
}
