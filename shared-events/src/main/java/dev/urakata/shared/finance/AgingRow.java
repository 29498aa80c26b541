package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * Outstanding amounts by days past the due date.
 *
 * @param customerId  the customer ({@code null} on a total)
 * @param currency    ISO 4217 code
 * @param current     not yet due (due on or after the date)
 * @param days1To30   1 to 30 days past due
 * @param days31To60  31 to 60 days past due
 * @param days61To90  61 to 90 days past due
 * @param over90      more than 90 days past due
 * @param total       all of it
 */
public record AgingRow(CustomerId customerId, String currency, Money current, Money days1To30, Money days31To60,
                       Money days61To90, Money over90, Money total) {
}
