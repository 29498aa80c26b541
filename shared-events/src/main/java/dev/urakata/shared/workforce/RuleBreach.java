package dev.urakata.shared.workforce;

/**
 * A labour rule a shift breaks.
 *
 * @param rule        the rule
 * @param ruleVersion the version of the rule broken
 * @param shiftId     the shift that breaks it (the one that goes over the limit)
 * @param detail      what exactly, for people
 */
public record RuleBreach(LabourRule rule, int ruleVersion, ShiftId shiftId, String detail) {
}
