package dev.urakata.shared.hr;

/** Where an employee stands in the employment lifecycle, as shown by the directory. */
public enum EmployeeStatus {
    /** Hired and not terminated. */
    ACTIVE,
    /** Terminated; the last day may still lie ahead. */
    TERMINATED
}
