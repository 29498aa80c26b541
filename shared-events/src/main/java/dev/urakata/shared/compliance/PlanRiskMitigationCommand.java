package dev.urakata.shared.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record how a risk will be mitigated, and by when.
 *
 * @param riskId  the risk
 * @param plan    what will be done
 * @param dueDate by when
 */
public record PlanRiskMitigationCommand(@TargetAggregateIdentifier RiskId riskId, String plan, LocalDate dueDate) {
}
