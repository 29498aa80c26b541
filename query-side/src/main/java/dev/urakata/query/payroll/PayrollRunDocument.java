package dev.urakata.query.payroll;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunStatus;
import dev.urakata.shared.payroll.PayrollRunTotals;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A document of a payroll read model's run timelines ({@code payroll_payslip_runs}, {@code payroll_register_runs},
 * {@code payroll_cost_runs}, {@code payroll_withholding_runs}): one payroll run, keyed by run id, with every change
 * of its status, so that the run can be read as it stood at any instant.
 */
public record PayrollRunDocument(
        @Id String id,
        @Meaning("the month the run pays") YearMonth period,
        @Meaning(value = "in a correction run: the run it corrects", optional = true) String correctsRunId,
        @Meaning("the pay policy it calculates with") String policyId,
        @Meaning("when it was opened") Instant openedAt,
        @Meaning("its status now: `OPEN`, `CALCULATED`, `IN_REVIEW`, `APPROVED`, `PAID` or `CLOSED`")
        PayrollRunStatus status,
        @Meaning("every change of its status in the order of the run's events, each `{status, sequence, at}` (`at`:"
                + " when it was recorded); a calculation adds `calculation`, `by`, `payslips` and its totals `gross`,"
                + " `deductions`, `net`, `employerContributions`, `incomeTax`, `socialContributions` (money), an"
                + " approval `by`, a payment `paymentDate` (YYYY-MM-DD), the approver's comment or why the run was"
                + " sent back (`note`)") List<Change> history,
        @Meaning("the run's last event applied (for idempotency)") long lastSequence) {

    /**
     * One change of the run's status.
     *
     * @param sequence    the run's event that made it, by sequence number
     * @param at          when that event was recorded
     * @param calculation a calculation's number, from 1
     * @param by          who calculated or approved it
     * @param payslips    how many payslips a calculation has
     * @param paymentDate the day a payment was made
     * @param note        an approver's comment, or why a reviewer sent the run back
     */
    public record Change(PayrollRunStatus status, long sequence, Instant at, Integer calculation, String by,
                         Integer payslips, Money gross, Money deductions, Money net, Money employerContributions,
                         Money incomeTax, Money socialContributions, LocalDate paymentDate, String note) {

        /** A change that records nothing but the new status. */
        static Change to(PayrollRunStatus status, long sequence, Instant at) {
            return new Change(status, sequence, at, null, null, null, null, null, null, null, null, null, null, null);
        }

        static Change calculated(PayrollRunCalculatedEvent event, long sequence, Instant at) {
            return new Change(PayrollRunStatus.CALCULATED, sequence, at, event.calculation(), event.calculatedBy(),
                    event.payslips(), event.gross(), event.deductions(), event.net(), event.employerContributions(),
                    event.incomeTax(), event.socialContributions(), null, null);
        }

        static Change approved(String by, String comment, long sequence, Instant at) {
            return new Change(PayrollRunStatus.APPROVED, sequence, at, null, by, null, null, null, null, null, null,
                    null, null, comment);
        }

        /** Sent back from review: calculated again, but no new calculation (its figures stay the last one's). */
        static Change rejected(String by, String reason, long sequence, Instant at) {
            return new Change(PayrollRunStatus.CALCULATED, sequence, at, null, by, null, null, null, null, null,
                    null, null, null, reason);
        }

        static Change paid(LocalDate paymentDate, long sequence, Instant at) {
            return new Change(PayrollRunStatus.PAID, sequence, at, null, null, null, null, null, null, null, null,
                    null, paymentDate, null);
        }

        /** A calculation's totals. */
        PayrollRunTotals totals() {
            return new PayrollRunTotals(payslips, gross, deductions, net, employerContributions, incomeTax,
                    socialContributions);
        }
    }
}
