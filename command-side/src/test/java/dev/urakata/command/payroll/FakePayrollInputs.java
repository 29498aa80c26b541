package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollRunId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payroll inputs held in memory, for aggregate tests. */
final class FakePayrollInputs implements PayrollInputs {

    final List<PayInputs.Employee> employees = new ArrayList<>();
    final Map<PayPolicyId, PayInputs.PolicyVersion> policies = new HashMap<>();
    final Map<PayrollRunId, RunInfo> runs = new HashMap<>();
    final Map<PayrollRunId, Map<EmployeeId, Map<String, BigDecimal>>> figures = new HashMap<>();
    final Map<PayrollRunId, CarriedInputs> carried = new HashMap<>();

    @Override
    public List<PayInputs.Employee> employeesActiveBetween(LocalDate first, LocalDate last) {
        return employees.stream().filter(e -> e.activeBetween(first, last)).toList();
    }

    @Override
    public Optional<PayInputs.PolicyVersion> policyVersionOn(PayPolicyId policyId, LocalDate day) {
        return Optional.ofNullable(policies.get(policyId)).filter(v -> !v.effectiveFrom().isAfter(day));
    }

    @Override
    public boolean policyExists(PayPolicyId policyId) {
        return policies.containsKey(policyId);
    }

    @Override
    public Optional<RunInfo> run(PayrollRunId runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public CarriedInputs carriedInputs(PayrollRunId runId) {
        return carried.getOrDefault(runId, new CarriedInputs(List.of(), Map.of()));
    }

    @Override
    public Map<EmployeeId, Map<String, BigDecimal>> finalFigures(PayrollRunId runId) {
        return figures.getOrDefault(runId, Map.of());
    }
}
