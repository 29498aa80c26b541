package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * The minimum rest rule was added (version 1) or changed.
 *
 * @param rulesId  the rule book
 * @param version  the rule's new version
 * @param minHours the fewest hours between two shifts
 * @param mode     refuse or record a breach
 */
@Revision("1")
public record MinimumRestSetEvent(LabourRulesId rulesId, int version, int minHours, RuleMode mode) {
}
