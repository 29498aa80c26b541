package dev.urakata.shared.workforce;

/**
 * The consecutive working days rule in force.
 *
 * @param version the rule's version, from 1
 * @param maxDays the most working days in a row
 * @param mode    refuse or record a breach
 */
public record ConsecutiveDaysLimit(int version, int maxDays, RuleMode mode) {
}
