package dev.urakata.query.compliance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/**
 * A document of {@code compliance_overdue}: one training or acknowledgement of one employee that went overdue, keyed
 * employee id, type, code and (for an acknowledgement) version, joined by {@code |}. About one person, so it stays
 * closed to analysts.
 */
public record OverdueComplianceDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("`TRAINING` or `ACKNOWLEDGEMENT`") String type,
        @Meaning("the training or policy code") String code,
        @Meaning(value = "the policy's version (acknowledgements only)", optional = true) Integer version,
        @Meaning("whether it is overdue still") boolean overdue,
        @Meaning("the employee's last event that touched it (for idempotency)") long sequence,
        @Meaning(value = "the due date it missed", optional = true) LocalDate dueDate) {
}
