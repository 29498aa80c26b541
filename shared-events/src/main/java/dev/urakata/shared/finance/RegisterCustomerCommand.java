package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a customer that invoices can be issued to.
 *
 * @param customerId       the new customer's id
 * @param name             the customer's name
 * @param currency         ISO 4217 currency the customer is invoiced in
 * @param paymentTermsDays days from issue to due date when an invoice names no due date (0-365)
 */
public record RegisterCustomerCommand(@TargetAggregateIdentifier CustomerId customerId, String name, String currency,
                                      int paymentTermsDays) {
}
