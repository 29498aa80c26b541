package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

/**
 * A document of {@code finance_ledger_state} (internal), keyed {@code run:} and the run id: the last calculation of a
 * payroll run, which its approval books, and whether it was approved, which its payment needs.
 */
public record PayrollRunCalculationDocument(
        @Id String id,
        @Meaning("the id of the calculation's event") String calculationEventId,
        @Meaning("gross pay") Money gross,
        @Meaning("deductions withheld") Money deductions,
        @Meaning("net pay") Money net,
        @Meaning("the employer's contributions") Money employer,
        @Meaning("whether the run was approved (its calculation booked)") boolean approved) {

    static String id(String runId) {
        return "run:" + runId;
    }
}
