package dev.urakata.shared.workforce;

/**
 * The weekly hours rule in force.
 *
 * @param version        the rule's version, from 1
 * @param maxHours       the most hours that may be planned in one ISO week
 * @param overtimePolicy what planning beyond it leads to
 */
public record WeeklyHoursLimit(int version, int maxHours, OvertimePolicy overtimePolicy) {
}
