package dev.urakata.shared.hr;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One employee as the directory shows them: current position, current salary and their history.
 *
 * @param employeeId        the employee
 * @param employeeNumber    the company's employee number
 * @param givenName         given name
 * @param familyName        family name
 * @param email             work e-mail address
 * @param department        current department
 * @param position          current job title
 * @param employmentType    permanent or temporary
 * @param contractEndDate   end of a temporary contract, else {@code null}
 * @param hireDate          first day of employment
 * @param status            active or terminated
 * @param currentSalary     the salary in effect today (the latest effective date not in the future)
 * @param salaryHistory     every salary with its effective date, oldest first
 * @param positionHistory   every position held with its effective date, oldest first
 * @param reviews           performance reviews, oldest first
 * @param benefitPlans      benefit plans enrolled in
 * @param terminationReason why the employment ended, if it did
 * @param lastDay           last day of employment, if terminated
 * @param version           sequence number of the last event applied (for optimistic checks by clients)
 */
public record EmployeeDetails(
        EmployeeId employeeId,
        String employeeNumber,
        @PersonalData String givenName,
        @PersonalData String familyName,
        @PersonalData String email,
        String department,
        String position,
        EmploymentType employmentType,
        LocalDate contractEndDate,
        LocalDate hireDate,
        EmployeeStatus status,
        @PersonalData Money currentSalary,
        @PersonalData List<SalaryEntry> salaryHistory,
        List<PositionEntry> positionHistory,
        @PersonalData List<ReviewEntry> reviews,
        List<String> benefitPlans,
        TerminationReason terminationReason,
        LocalDate lastDay,
        long version) {

    /**
     * A salary and the day it took effect.
     *
     * @param monthlySalary gross monthly salary
     * @param effectiveDate the day it applies from
     * @param reason        why it was set
     */
    public record SalaryEntry(Money monthlySalary, LocalDate effectiveDate, String reason) {
    }

    /**
     * A position held from a day on.
     *
     * @param department    department
     * @param position      job title
     * @param effectiveDate the day it applies from
     * @param reason        why it changed, when given
     */
    public record PositionEntry(String department, String position, LocalDate effectiveDate, String reason) {
    }

    /**
     * A performance review.
     *
     * @param reviewDate the day of the review
     * @param rating     1 to 5
     * @param reviewer   who reviewed
     * @param summary    the written summary
     */
    public record ReviewEntry(LocalDate reviewDate, int rating, String reviewer, String summary) {
    }
}
