package dev.urakata.shared.finance;

import java.time.Instant;

/**
 * Ask for one customer's account; answered with an optional {@link CustomerDetails}.
 *
 * @param customerId the customer
 * @param asOf       as the system knew it at this instant; {@code null} means now
 */
public record FindCustomerQuery(CustomerId customerId, Instant asOf) {
}
