package dev.urakata.shared.workforce;

/** What a breach of a labour rule leads to. */
public enum RuleMode {
    /** The assignment is refused. */
    REFUSE,
    /** The assignment happens and the breach is recorded as a {@link LabourRuleViolationDetectedEvent}. */
    RECORD
}
