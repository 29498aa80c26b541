package dev.urakata.shared.it;

/** How bad a security incident is. */
public enum IncidentSeverity {
    /** Little or no impact. */
    LOW,
    /** Limited impact. */
    MEDIUM,
    /** Serious impact on data or systems. */
    HIGH,
    /** A breach in progress or of personal data at scale. */
    CRITICAL
}
