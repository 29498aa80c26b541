package dev.urakata.shared.workforce;

/** How a labour rule violation was found. */
public enum ViolationSource {
    /** When the employee was put on the shift (a rule in RECORD mode, or overtime ALLOWed). */
    ASSIGNMENT,
    /** When a rule was added or changed and the assignments already planned were checked again. */
    RULE_CHANGE
}
