package dev.urakata.shared.legal;

/** Where a contract is in its life. */
public enum ContractStatus {
    /** Drafted, not binding yet. */
    DRAFT,
    /** Signed by both parties, its start date not reached yet. */
    SIGNED,
    /** In force. */
    ACTIVE,
    /** In force after at least one renewal extended its end date. */
    RENEWED,
    /** Its end date passed. */
    EXPIRED,
    /** Ended early by termination. */
    TERMINATED
}
