package dev.urakata.shared.it;

/** Where an IT asset is. */
public enum AssetStatus {
    /** In stock, free to hand out. */
    AVAILABLE,
    /** Held by an employee. */
    ASSIGNED,
    /** Taken out of service for good. */
    RETIRED
}
