package dev.urakata.shared.workforce;

/** How a labour rule violation was found. */
public enum ViolationSource {
    /** When the employee was put on the shift (a rule in RECORD mode, or overtime ALLOWed). */
    ASSIGNMENT,
    /** When a rule was added or changed and the assignments already planned were checked again. */
    RULE_CHANGE,
    /**
     * When a rule was added or changed and the time already worked (from clock-in to clock-out, as the clock
     * events recorded it) was checked again: what people actually worked, not what was planned.
     */
    RULE_CHANGE_ATTENDANCE
}
