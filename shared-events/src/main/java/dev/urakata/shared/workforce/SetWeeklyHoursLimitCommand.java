package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add or change the weekly hours rule.
 *
 * @param rulesId        the rule book
 * @param maxHours       the most hours planned in one ISO week, 1 to 168
 * @param overtimePolicy what planning beyond it leads to
 */
public record SetWeeklyHoursLimitCommand(@TargetAggregateIdentifier LabourRulesId rulesId, int maxHours,
                                         OvertimePolicy overtimePolicy) {
}
