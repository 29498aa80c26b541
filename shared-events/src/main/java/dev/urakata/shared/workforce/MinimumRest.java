package dev.urakata.shared.workforce;

/**
 * The minimum rest rule in force.
 *
 * @param version  the rule's version, from 1
 * @param minHours the fewest hours between the end of one shift and the start of the next
 * @param mode     refuse or record a breach
 */
public record MinimumRest(int version, int minHours, RuleMode mode) {
}
