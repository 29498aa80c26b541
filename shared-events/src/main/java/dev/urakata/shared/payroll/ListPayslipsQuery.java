package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;

import java.time.Instant;

/**
 * Ask for an employee's payslips by period, each as its latest calculation shows it; answered with a
 * {@link PayslipPage}.
 *
 * @param employeeId the employee
 * @param year       only payslips of this calendar year, or {@code null} for all
 * @param asOf       answer as the system knew it at this instant, or {@code null} for now
 * @param page       page number from 0
 * @param size       page size
 */
public record ListPayslipsQuery(EmployeeId employeeId, Integer year, Instant asOf, int page, int size) {
}
