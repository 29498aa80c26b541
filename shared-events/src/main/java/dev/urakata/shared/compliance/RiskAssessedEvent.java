package dev.urakata.shared.compliance;

import org.axonframework.serialization.Revision;

/**
 * A risk was assessed; a re-assessment is another of these.
 *
 * @param riskId     the risk
 * @param likelihood 1 to 5
 * @param impact     1 to 5
 * @param score      likelihood times impact, 1 to 25
 */
@Revision("1")
public record RiskAssessedEvent(RiskId riskId, int likelihood, int impact, int score) {
}
