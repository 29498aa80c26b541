package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of {@code workforce_violations}: one finding of a labour rule broken, keyed by the event that recorded
 * it or by rule, version, employee and shift. The shift's start is its wall-clock time in the shift's time zone,
 * stored as ISO text ({@code 2026-04-06T09:00}), which has no type of its own in the storage rule.
 */
public record LabourViolationDocument(
        @Id String id,
        @Meaning("WEEKLY_HOURS, MINIMUM_REST or CONSECUTIVE_DAYS") String rule,
        @Meaning("the version of the rule that found it") int ruleVersion,
        @Meaning("ASSIGNMENT, RULE_CHANGE or RULE_CHANGE_ATTENDANCE") String foundBy,
        @Meaning("the employee") String employeeId,
        @Meaning(value = "the schedule the shift belongs to", optional = true) String scheduleId,
        @Meaning("the shift") String shiftId,
        @Meaning(value = "when the shift starts (or the employee clocked in), local time (ISO text)",
                optional = true) String shiftStart,
        @Meaning(value = "the day of the shift's start", optional = true) LocalDate day,
        @Meaning("what was found") String detail,
        @Meaning("when it was found") Instant detectedAt) {
}
