package dev.urakata.shared.legal;

/** Where a legal case is; the last four are closed and accept nothing more. */
public enum LegalCaseStatus {
    /** Opened, nobody working on it yet. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Closed by agreement. */
    SETTLED,
    /** Closed in the company's favour. */
    WON,
    /** Closed against the company. */
    LOST,
    /** Dropped. */
    WITHDRAWN;

    /** Whether the case is closed. */
    public boolean closed() {
        return this != OPEN && this != IN_PROGRESS;
    }
}
