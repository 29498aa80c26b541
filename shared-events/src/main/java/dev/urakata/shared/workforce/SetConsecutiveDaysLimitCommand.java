package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add or change the consecutive working days rule.
 *
 * @param rulesId the rule book
 * @param maxDays the most working days in a row, 1 to 31
 * @param mode    refuse or record a breach
 */
public record SetConsecutiveDaysLimitCommand(@TargetAggregateIdentifier LabourRulesId rulesId, int maxDays,
                                             RuleMode mode) {
}
