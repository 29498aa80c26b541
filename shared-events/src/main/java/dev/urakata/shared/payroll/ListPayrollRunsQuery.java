package dev.urakata.shared.payroll;

import java.time.Instant;

/**
 * Ask for payroll runs by period; answered with a {@link PayrollRunPage}.
 *
 * @param status only runs in this status, or {@code null} for all
 * @param asOf   answer as the system knew it at this instant, or {@code null} for now
 * @param page   page number from 0
 * @param size   page size
 */
public record ListPayrollRunsQuery(PayrollRunStatus status, Instant asOf, int page, int size) {
}
