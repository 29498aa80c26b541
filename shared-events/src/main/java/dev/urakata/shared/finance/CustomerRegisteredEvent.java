package dev.urakata.shared.finance;

import org.axonframework.serialization.Revision;

/**
 * A customer was registered.
 *
 * @param customerId       the customer
 * @param name             the customer's name (a company, not personal data)
 * @param currency         ISO 4217 currency the customer is invoiced in
 * @param paymentTermsDays default days from issue to due date
 */
@Revision("1")
public record CustomerRegisteredEvent(CustomerId customerId, String name, String currency, int paymentTermsDays) {
}
