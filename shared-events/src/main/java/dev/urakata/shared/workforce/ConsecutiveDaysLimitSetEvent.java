package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * The consecutive working days rule was added (version 1) or changed.
 *
 * @param rulesId the rule book
 * @param version the rule's new version
 * @param maxDays the most working days in a row
 * @param mode    refuse or record a breach
 */
@Revision("1")
public record ConsecutiveDaysLimitSetEvent(LabourRulesId rulesId, int version, int maxDays, RuleMode mode) {
}
