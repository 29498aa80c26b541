package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a month of the books: from then on postings dated in it land in the first open period, so its reports
 * never change.
 *
 * @param periodId the month
 */
public record CloseAccountingPeriodCommand(@TargetAggregateIdentifier AccountingPeriodId periodId) {
}
