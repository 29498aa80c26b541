package dev.urakata.shared.purchasing;

/**
 * Why a purchase order was drafted; decides whether the four-eyes rule applies to its approval.
 */
public enum PurchaseOrderOrigin {
    /** Drafted by a person; another person must approve it. */
    MANUAL,
    /** Proposed by the reorder saga (the system), so any authorised person may approve it. */
    REORDER
}
