package dev.urakata.shared.processes;

/** Where an employee's process stands, as the progress view shows it. */
public enum ProcessStatus {
    /** Steps are open and none is late. */
    IN_PROGRESS,
    /** At least one open step was escalated: someone has to act. */
    ESCALATED,
    /** Every step is done. */
    COMPLETED,
    /** Ended unfinished: the employment ended before the process did. */
    CANCELLED
}
