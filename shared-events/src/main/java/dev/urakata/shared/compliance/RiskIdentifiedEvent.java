package dev.urakata.shared.compliance;

import org.axonframework.serialization.Revision;

/**
 * A risk was added to the register.
 *
 * @param riskId   the risk
 * @param title    what could go wrong
 * @param category its category code
 * @param owner    who is responsible for it
 */
@Revision("1")
public record RiskIdentifiedEvent(RiskId riskId, String title, String category, String owner) {
}
