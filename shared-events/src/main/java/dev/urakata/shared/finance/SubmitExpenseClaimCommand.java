package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * An employee claims back money spent for the business.
 *
 * @param claimId        the new claim's id
 * @param employeeNumber who spent it (the submitting employee)
 * @param department     the department the cost belongs to
 * @param amount         what was spent (positive)
 * @param expenseDate    when it was spent
 * @param category       what kind of expense, for example {@code TRAVEL}
 * @param description    what for
 */
public record SubmitExpenseClaimCommand(@TargetAggregateIdentifier ExpenseClaimId claimId, String employeeNumber,
                                        String department, Money amount, LocalDate expenseDate, String category,
                                        String description) {
}
