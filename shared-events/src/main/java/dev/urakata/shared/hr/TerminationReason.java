package dev.urakata.shared.hr;

/** Why an employment ended. */
public enum TerminationReason {
    /** The employee resigned. */
    RESIGNATION,
    /** The employer ended the employment. */
    DISMISSAL,
    /** A temporary contract reached its end date. */
    END_OF_CONTRACT,
    /** The employee retired. */
    RETIREMENT,
    /** Mutual agreement. */
    MUTUAL_AGREEMENT,
    /** The employee died. */
    DECEASED
}
