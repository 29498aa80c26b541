package dev.urakata.shared.processes;

/**
 * Processes, latest started first. Answered with an {@link EmployeeProcessPage}.
 *
 * @param kind   only this kind, or {@code null} for both
 * @param status only this status, or {@code null} for all
 * @param page   page number from 0
 * @param size   page size
 */
public record ListEmployeeProcessesQuery(ProcessKind kind, ProcessStatus status, int page, int size) {
}
