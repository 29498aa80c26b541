package dev.urakata.shared.compliance;

/** Where a risk in the register is. */
public enum RiskStatus {
    /** Recorded, not assessed yet. */
    IDENTIFIED,
    /** Assessed at least once, no mitigation planned. */
    ASSESSED,
    /** A mitigation is planned. */
    MITIGATING,
    /** Closed with a residual note; accepts nothing more. */
    CLOSED
}
