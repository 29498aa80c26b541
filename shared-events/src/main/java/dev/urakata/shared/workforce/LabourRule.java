package dev.urakata.shared.workforce;

/** The labour rules a planned shift is checked against. */
public enum LabourRule {
    /** At most so many hours planned in one ISO week (Monday to Sunday, by the day a shift starts). */
    WEEKLY_HOURS,
    /** At least so many hours between the end of one shift and the start of the next. */
    MINIMUM_REST,
    /** At most so many working days in a row (days on which a shift starts). */
    CONSECUTIVE_DAYS
}
