package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A document of {@code workforce_leave_requests}: one request for leave and what became of it, keyed by its id. */
public record LeaveRequestDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("the kind of leave (VACATION, SICK, ...)") String type,
        @Meaning("the first day of leave") LocalDate firstDay,
        @Meaning("the last day of leave") LocalDate lastDay,
        @Meaning("working days the leave takes") BigDecimal workingDays,
        @Meaning("REQUESTED, APPROVED or REJECTED") String status,
        @Meaning("whether it takes more days than the balance holds") boolean overBalance,
        @Meaning(value = "who asked for the leave", hidden = true) String requestedBy,
        @Meaning(value = "who approved or rejected it", optional = true, hidden = true) String decidedBy,
        @Meaning(value = "why it was rejected (erased with the employee)", optional = true, hidden = true)
        String reason) {
}
