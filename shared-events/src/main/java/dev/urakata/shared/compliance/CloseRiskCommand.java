package dev.urakata.shared.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a risk, saying what remains of it.
 *
 * @param riskId       the risk
 * @param residualNote the residual risk accepted
 */
public record CloseRiskCommand(@TargetAggregateIdentifier RiskId riskId, String residualNote) {
}
