package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.TaxBracket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The sample policy's figures and employees to calculate with. */
final class PayrollFixtures {

    private PayrollFixtures() {
    }

    static PayPolicyRules sampleRules() {
        return new PayPolicyRules("JPY", new BigDecimal("160"), new BigDecimal("1.25"), new BigDecimal("0.25"),
                new BigDecimal("1.35"), List.of(new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.05")),
                new TaxBracket(new BigDecimal("200000"), new BigDecimal("0.10")),
                new TaxBracket(new BigDecimal("400000"), new BigDecimal("0.20")),
                new TaxBracket(new BigDecimal("800000"), new BigDecimal("0.33"))),
                new BigDecimal("0.09"), new BigDecimal("0.10"), Money.of("650000", "JPY"));
    }

    static PayInputs.PolicyVersion sample() {
        return new PayInputs.PolicyVersion(1, LocalDate.of(2020, 1, 1), sampleRules(), "policy-v1");
    }

    static PayInputs.Employee employee(String id, LocalDate hired, LocalDate lastDay, PayInputs.SalaryEntry... salaries) {
        return new PayInputs.Employee(new EmployeeId(id), "N-" + id, hired, lastDay, "Operations", List.of(salaries),
                "hired-" + id);
    }

    static PayInputs.SalaryEntry salary(String amount, LocalDate from, String eventId) {
        return new PayInputs.SalaryEntry(Money.of(amount, "JPY"), from, eventId);
    }
}
