package dev.urakata.shared.hr;

/** Whether an employment is open-ended or ends on a contract end date. */
public enum EmploymentType {
    /** Open-ended employment; has no contract end date. */
    PERMANENT,
    /** Temporary or seasonal employment; ends on its contract end date. */
    TEMPORARY
}
