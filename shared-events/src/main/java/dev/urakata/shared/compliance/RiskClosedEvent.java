package dev.urakata.shared.compliance;

import org.axonframework.serialization.Revision;

/**
 * A risk was closed.
 *
 * @param riskId       the risk
 * @param residualNote the residual risk accepted
 */
@Revision("1")
public record RiskClosedEvent(RiskId riskId, String residualNote) {
}
