package dev.urakata.query.payroll;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.PayslipLine;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document of a payroll read model's payslip calculations ({@code payroll_payslip_calculations},
 * {@code payroll_register_rows}, {@code payroll_cost_payslips}, {@code payroll_withholding_payslips}): one
 * calculation of one payslip, keyed payslip id {@code :} calculation. Only the read models that may show personal
 * data keep the employee number and the lines; the others never hold them.
 */
public record PayslipCalculationDocument(
        @Id String id,
        @Meaning("the payslip") String payslipId,
        @Meaning("the payroll run it belongs to") String runId,
        @Meaning("which calculation of the run (1, 2, ...); a recalculation adds a document beside the one it"
                + " supersedes") int calculation,
        @Meaning("true for the calculation the run was approved with: sum only these") boolean counted,
        @Meaning("the employee (an id, not personal data)") String employeeId,
        @Meaning("the employee's department when calculated") String department,
        @Meaning("the month paid") YearMonth period,
        @Meaning("ISO 4217 code of every amount of the payslip") String currency,
        @Meaning("gross pay") Money gross,
        @Meaning("everything withheld from gross pay") Money deductions,
        @Meaning("gross minus deductions") Money net,
        @Meaning("what the employer pays on top of gross pay") Money employerContributions,
        @Meaning("income tax withheld") Money incomeTax,
        @Meaning("the employee's social insurance contributions") Money socialContributions,
        @Meaning("the employer's social insurance contributions") Money employerSocialContributions,
        @Meaning(value = "in a correction run: the payslip it corrects (amounts are then the differences)",
                optional = true) String correctsPayslipId,
        @Meaning("when the calculation was recorded") Instant recordedAt,
        @Meaning(value = "the employee number", hidden = true) String employeeNumber,
        @Meaning(value = "every line of the payslip with its rule, inputs and explanation", hidden = true)
        List<Line> lines) {

    /**
     * One line of the payslip, as {@code PayslipLine} says. Its inputs are name/value pairs rather than a
     * sub-document: input names may hold '.' or '$', and a list keeps the order the rule listed them in.
     */
    @Schema(name = "PayslipLine")
    public record Line(String component, LineKind kind, Money amount, String rule, int policyVersion,
                       List<Input> inputs, List<String> sourceEventIds, String explanation) {

        static Line of(PayslipLine line) {
            List<Input> inputs = new ArrayList<>();
            line.inputs().forEach((name, value) -> inputs.add(new Input(name, value)));
            return new Line(line.component(), line.kind(), line.amount(), line.rule(), line.policyVersion(), inputs,
                    line.sourceEventIds(), line.explanation());
        }

        PayslipLine payslipLine() {
            Map<String, String> byName = new LinkedHashMap<>();
            inputs.forEach(input -> byName.put(input.name(), input.value()));
            return new PayslipLine(component, kind, amount, rule, policyVersion, byName, sourceEventIds,
                    explanation);
        }
    }

    /** One input of a line, by name, as a decimal string. */
    public record Input(String name, String value) {
    }
}
