package dev.urakata.shared.it;

/** Where a support ticket is. */
public enum TicketStatus {
    /** Opened (or reopened) and not yet resolved. */
    OPEN,
    /** Resolved; the requester may still have it reopened. */
    RESOLVED,
    /** Closed after resolution; nothing more happens to it. */
    CLOSED
}
