package dev.urakata.shared.it;

/** How urgent a support ticket is; each priority has its own resolution deadline (SLA). */
public enum TicketPriority {
    /** Business stopped: resolve within hours. */
    P1,
    /** Serious impairment. */
    P2,
    /** Normal. */
    P3,
    /** Low: a request or a question. */
    P4
}
