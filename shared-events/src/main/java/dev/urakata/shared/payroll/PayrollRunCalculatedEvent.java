package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

/**
 * A run was calculated: its totals equal the sums of the payslips of this calculation, to the cent.
 *
 * @param runId                 the run
 * @param calculation           which calculation, from 1
 * @param calculatedBy          who calculated it (may not approve it)
 * @param payslips              number of payslips
 * @param gross                 total gross
 * @param deductions            total deductions
 * @param net                   total net
 * @param employerContributions total employer contributions
 * @param incomeTax             total income tax withheld
 * @param socialContributions   total employee social contributions withheld
 */
@Revision("1")
public record PayrollRunCalculatedEvent(PayrollRunId runId, int calculation, String calculatedBy, int payslips,
                                        Money gross, Money deductions, Money net, Money employerContributions,
                                        Money incomeTax, Money socialContributions) {
}
