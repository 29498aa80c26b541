package dev.urakata.shared.compliance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A mitigation was planned for a risk.
 *
 * @param riskId  the risk
 * @param plan    what will be done
 * @param dueDate by when
 */
@Revision("1")
public record RiskMitigationPlannedEvent(RiskId riskId, String plan, LocalDate dueDate) {
}
