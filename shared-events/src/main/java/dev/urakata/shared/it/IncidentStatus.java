package dev.urakata.shared.it;

/** Where a security incident is: reported, then contained, then resolved. */
public enum IncidentStatus {
    /** Reported, not yet contained. */
    REPORTED,
    /** The damage is stopped from spreading; the cause is still being worked on. */
    CONTAINED,
    /** Root cause found and fixed. */
    RESOLVED
}
