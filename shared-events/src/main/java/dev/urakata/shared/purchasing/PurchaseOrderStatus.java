package dev.urakata.shared.purchasing;

/**
 * Where a purchase order is in its life: draft, approved, sent, partially received, fully received, closed; or
 * cancelled (only before it is sent).
 */
public enum PurchaseOrderStatus {
    /** Drafted, waiting for approval. */
    DRAFT,
    /** Approved, not yet sent to the supplier. */
    APPROVED,
    /** Sent to the supplier; goods may arrive. */
    SENT,
    /** Some goods arrived, not all. */
    PARTIALLY_RECEIVED,
    /** Every line arrived in full. */
    FULLY_RECEIVED,
    /** Done; nothing more is expected. */
    CLOSED,
    /** Withdrawn before it was sent. */
    CANCELLED
}
