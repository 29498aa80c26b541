package dev.urakata.shared.hr;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A performance review was recorded.
 *
 * @param employeeId the employee reviewed
 * @param reviewDate the day of the review
 * @param rating     overall rating from 1 to 5
 * @param reviewer   who reviewed
 * @param summary    the written summary
 */
@Revision("1")
public record PerformanceReviewRecordedEvent(
        @DataSubject EmployeeId employeeId,
        LocalDate reviewDate,
        int rating,
        String reviewer,
        @PersonalData String summary) {
}
