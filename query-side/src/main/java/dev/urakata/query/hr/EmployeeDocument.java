package dev.urakata.query.hr;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.hr.EmployeeStatus;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of {@code hr_employee_directory}: one employee as the directory shows them now, keyed by employee id.
 * About one person, so closed to analysts. Inside a version ({@link EmployeeVersionDocument}) the two histories
 * are left out (null): they only grow, and a version takes the entries up to its own sequence from the current
 * document.
 */
public record EmployeeDocument(
        @Id String id,
        @Meaning("the employee number") String employeeNumber,
        @Meaning(value = "given name", hidden = true) String givenName,
        @Meaning(value = "family name", hidden = true) String familyName,
        @Meaning(value = "e-mail address", hidden = true) String email,
        @Meaning("department") String department,
        @Meaning("position") String position,
        @Meaning("permanent, fixed-term or temporary") EmploymentType employmentType,
        @Meaning(value = "last day of a fixed-term contract", optional = true) LocalDate contractEndDate,
        @Meaning("first day of employment") LocalDate hireDate,
        @Meaning("active or terminated") EmployeeStatus status,
        @Meaning(value = "every salary, with its effective date", optional = true) List<SalaryEntry> salaryHistory,
        @Meaning(value = "every department and position", optional = true) List<PositionEntry> positionHistory,
        @Meaning("performance reviews") List<Review> reviews,
        @Meaning("benefit plans enrolled in") List<String> benefitPlans,
        @Meaning(value = "why employment ended", optional = true) TerminationReason terminationReason,
        @Meaning(value = "last day of employment", optional = true) LocalDate lastDay,
        @Meaning("the employee's last event applied") long lastSequence) {

    /** One salary, from its effective date; {@code sequence} is its event's, which orders two the same day. */
    @Schema(name = "SalaryHistoryEntry")
    public record SalaryEntry(Money monthlySalary, LocalDate effectiveDate, String reason, long sequence) {
    }

    /** One department and position, from its effective date. */
    @Schema(name = "PositionHistoryEntry")
    public record PositionEntry(String department, String position, LocalDate effectiveDate, long sequence) {
    }

    /** One performance review. */
    public record Review(LocalDate reviewDate, int rating, String reviewer, String summary) {
    }

    /** This employee without the histories, as a version keeps them. */
    EmployeeDocument withoutHistories() {
        return withHistories(null, null);
    }

    /** This employee with the given histories. */
    EmployeeDocument withHistories(List<SalaryEntry> salaries, List<PositionEntry> positions) {
        return new EmployeeDocument(id, employeeNumber, givenName, familyName, email, department, position,
                employmentType, contractEndDate, hireDate, status, salaries, positions, reviews, benefitPlans,
                terminationReason, lastDay, lastSequence);
    }

    /**
     * This employee after an erasure: names, e-mail address and review texts read as erased, and so do the reasons
     * given for salary changes, free text that may name people (the hire's entry, sequence 0, says "hire").
     */
    EmployeeDocument erased() {
        String erased = PersonalDataFields.ERASED;
        List<SalaryEntry> salaries = salaryHistory == null ? null : salaryHistory.stream()
                .map(entry -> entry.sequence() > 0
                        ? new SalaryEntry(entry.monthlySalary(), entry.effectiveDate(), erased, entry.sequence())
                        : entry).toList();
        List<Review> erasedReviews = reviews.stream()
                .map(review -> new Review(review.reviewDate(), review.rating(), review.reviewer(), erased)).toList();
        return new EmployeeDocument(id, employeeNumber, erased, erased, erased, department, position, employmentType,
                contractEndDate, hireDate, status, salaries, positionHistory, erasedReviews, benefitPlans,
                terminationReason, lastDay, lastSequence);
    }
}
