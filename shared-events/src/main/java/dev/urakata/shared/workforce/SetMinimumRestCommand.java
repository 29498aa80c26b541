package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add or change the minimum rest rule.
 *
 * @param rulesId  the rule book
 * @param minHours the fewest hours between two shifts, 1 to 48
 * @param mode     refuse or record a breach
 */
public record SetMinimumRestCommand(@TargetAggregateIdentifier LabourRulesId rulesId, int minHours, RuleMode mode) {
}
