package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * The weekly hours rule was added (version 1) or changed.
 *
 * @param rulesId        the rule book
 * @param version        the rule's new version
 * @param maxHours       the most hours planned in one ISO week
 * @param overtimePolicy what planning beyond it leads to
 */
@Revision("1")
public record WeeklyHoursLimitSetEvent(LabourRulesId rulesId, int version, int maxHours,
                                       OvertimePolicy overtimePolicy) {
}
