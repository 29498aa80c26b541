package dev.urakata.shared.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Assess (or re-assess) a risk; its score is likelihood times impact.
 *
 * @param riskId     the risk
 * @param likelihood 1 (rare) to 5 (almost certain)
 * @param impact     1 (negligible) to 5 (severe)
 */
public record AssessRiskCommand(@TargetAggregateIdentifier RiskId riskId, int likelihood, int impact) {
}
