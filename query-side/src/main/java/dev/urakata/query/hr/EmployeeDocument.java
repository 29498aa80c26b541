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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    public record PositionEntry(String department, String position, LocalDate effectiveDate, String reason,
                                long sequence) {
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
        List<PositionEntry> positions = positionHistory == null ? null : positionHistory.stream()
                .map(entry -> entry.reason() == null ? entry : new PositionEntry(entry.department(), entry.position(),
                        entry.effectiveDate(), erased, entry.sequence())).toList();
        List<Review> erasedReviews = reviews.stream()
                .map(review -> new Review(review.reviewDate(), review.rating(), review.reviewer(), erased)).toList();
        return new EmployeeDocument(id, employeeNumber, erased, erased, erased, department, position, employmentType,
                contractEndDate, hireDate, status, salaries, positions, erasedReviews, benefitPlans,
                terminationReason, lastDay, lastSequence);
    }

    /**
     * The employee as in force on {@code day}, by the business's own dates: nothing if not hired yet; the department,
     * position and salary whose effective dates had come; active until the last day; only the changes and reviews
     * dated on or before it. (This document may itself be a past version: then it is what was believed then.)
     */
    Optional<EmployeeDocument> inForceOn(LocalDate day) {
        if (hireDate.isAfter(day)) {
            return Optional.empty();
        }
        List<SalaryEntry> salaries = salaryHistory.stream().filter(s -> !s.effectiveDate().isAfter(day)).toList();
        List<PositionEntry> positions = positionHistory.stream().filter(p -> !p.effectiveDate().isAfter(day))
                .toList();
        PositionEntry held = positions.stream().max(Comparator.comparing(PositionEntry::effectiveDate)
                .thenComparingLong(PositionEntry::sequence)).orElse(null);
        EmployeeStatus statusThen = lastDay != null && lastDay.isBefore(day) ? EmployeeStatus.TERMINATED
                : EmployeeStatus.ACTIVE;
        List<Review> reviewsThen = reviews.stream().filter(r -> !r.reviewDate().isAfter(day)).toList();
        return Optional.of(new EmployeeDocument(id, employeeNumber, givenName, familyName, email,
                held == null ? department : held.department(), held == null ? position : held.position(),
                employmentType, contractEndDate, hireDate, statusThen, salaries, positions, reviewsThen, benefitPlans,
                terminationReason, lastDay, lastSequence));
    }
}
