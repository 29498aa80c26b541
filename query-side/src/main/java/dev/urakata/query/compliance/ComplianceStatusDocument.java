package dev.urakata.query.compliance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.compliance.ComplianceItemState;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;
import java.util.Map;

/**
 * A document of {@code compliance_status}: one employee's trainings and policy acknowledgements and where each is,
 * keyed by employee id. About one person, so it stays closed to analysts.
 */
public record ComplianceStatusDocument(
        @Id String id,
        @Meaning(value = "every training assigned, by training code", optional = true)
        Map<String, Training> trainings,
        @Meaning(value = "every acknowledgement requested, by policy code, `_v` and version", optional = true)
        Map<String, Acknowledgement> acknowledgements,
        @Meaning("the employee's last event applied (for idempotency)") long lastSequence) {

    /** One training of the employee. */
    public record Training(LocalDate dueDate, ComplianceItemState state, LocalDate completedOn) {
    }

    /** One acknowledgement of a policy version asked of the employee. */
    public record Acknowledgement(String policyCode, int version, LocalDate dueDate, ComplianceItemState state,
                                  LocalDate acknowledgedOn) {
    }
}
