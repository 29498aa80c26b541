package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.PayPolicyRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The plain inputs of a payroll calculation, as the command side knows them. */
final class PayInputs {

    private PayInputs() {
    }

    /**
     * A monthly salary from a date, and the event that set it.
     *
     * @param monthly       the monthly salary
     * @param effectiveFrom the first day it applies
     * @param sourceEventId the hire or salary change event
     */
    record SalaryEntry(Money monthly, LocalDate effectiveFrom, String sourceEventId) {
    }

    /**
     * An employee as payroll needs them.
     *
     * @param employeeId     the employee
     * @param employeeNumber the employee number
     * @param hireDate       first day of employment
     * @param lastDay        last day of employment, or {@code null}
     * @param department     the department pay is costed to
     * @param salaries       salary history, oldest first
     * @param hireEventId    the hire event
     */
    record Employee(EmployeeId employeeId, String employeeNumber, LocalDate hireDate, LocalDate lastDay,
                    String department, List<SalaryEntry> salaries, String hireEventId) {

        boolean activeBetween(LocalDate first, LocalDate last) {
            return !hireDate.isAfter(last) && (lastDay == null || !lastDay.isBefore(first));
        }
    }

    /**
     * A pay policy version.
     *
     * @param version       its number
     * @param effectiveFrom first day it applies
     * @param rules         its rules
     * @param sourceEventId the event that adopted it
     */
    record PolicyVersion(int version, LocalDate effectiveFrom, PayPolicyRules rules, String sourceEventId) {
    }

    /**
     * A one-off bonus or deduction.
     *
     * @param inputId       its id
     * @param employeeId    the employee
     * @param kind          bonus or deduction
     * @param amount        the amount
     * @param sourceEventId the event that added it (which holds what it is for: free text, erasable, so it is
     *                      not copied into the payslip)
     */
    record OneOff(String inputId, EmployeeId employeeId, OneOffKind kind, Money amount, String sourceEventId) {
    }

    /**
     * Approved premium hours.
     *
     * @param inputId       its id
     * @param overtime      overtime hours
     * @param night         night hours
     * @param holiday       holiday hours
     * @param source        where they were approved
     * @param sourceEventId the event that recorded them
     */
    record Hours(String inputId, BigDecimal overtime, BigDecimal night, BigDecimal holiday, String source,
                 String sourceEventId) {
    }
}
