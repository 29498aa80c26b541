package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollRunId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a payroll run decides with: the command side's own view of employees, pay policies and closed runs, fed by
 * their events. Never the query side.
 */
public interface PayrollInputs {

    /** Every employee employed for at least one day between {@code first} and {@code last}. */
    List<PayInputs.Employee> employeesActiveBetween(LocalDate first, LocalDate last);

    /** The version of the policy in force on {@code day}, if the policy exists and has one. */
    Optional<PayInputs.PolicyVersion> policyVersionOn(PayPolicyId policyId, LocalDate day);

    /** Whether the policy exists at all. */
    boolean policyExists(PayPolicyId policyId);

    /** A run as the command side knows it: its period, policy and status. */
    Optional<RunInfo> run(PayrollRunId runId);

    /**
     * The final figures of a run's payslips: employee → component → amount, for corrections.
     */
    Map<EmployeeId, Map<String, BigDecimal>> finalFigures(PayrollRunId runId);

    /**
     * The one-off payments and approved hours a run paid, including those of the runs it corrects, so a
     * correction recalculates what was due with them rather than clawing them back.
     */
    CarriedInputs carriedInputs(PayrollRunId runId);

    /**
     * Inputs carried from earlier runs of a month.
     *
     * @param oneOffs one-off payments
     * @param hours   approved hours, by employee
     */
    record CarriedInputs(List<PayInputs.OneOff> oneOffs, Map<EmployeeId, List<PayInputs.Hours>> hours) {
    }

    /**
     * A run's period, policy and status.
     *
     * @param runId    the run
     * @param policyId its policy
     * @param period   its month
     * @param closed   whether it is closed
     */
    record RunInfo(PayrollRunId runId, PayPolicyId policyId, YearMonth period, boolean closed) {
    }
}
