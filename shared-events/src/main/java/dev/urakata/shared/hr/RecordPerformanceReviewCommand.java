package dev.urakata.shared.hr;

import dev.urakata.shared.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record the outcome of a performance review.
 *
 * @param employeeId the employee reviewed
 * @param reviewDate the day of the review
 * @param rating     overall rating from 1 (unsatisfactory) to 5 (outstanding)
 * @param reviewer   who reviewed (name or employee number)
 * @param summary    the written summary
 */
public record RecordPerformanceReviewCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
        LocalDate reviewDate,
        int rating,
        String reviewer,
        @PersonalData String summary) {
}
