package dev.urakata.shared.finance;

import org.axonframework.serialization.Revision;

/**
 * A month of the books was closed.
 *
 * @param periodId the month
 * @param closedBy who closed it
 */
@Revision("1")
public record AccountingPeriodClosedEvent(AccountingPeriodId periodId, String closedBy) {
}
